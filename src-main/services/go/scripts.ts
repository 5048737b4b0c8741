import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The distro scripts travel on stdin to `bash -s`, so there is no second file
 * to `source` on the other side: the shared helpers (lib-go.sh) are sent first,
 * in the same stdin payload, followed by the script itself. Both are our own
 * constant files; data only ever travels as arguments.
 */
export type GoScriptName = 'go-detect.sh' | 'go-clean.sh' | 'go-install.sh' | 'go-path.sh' | 'go-verify.sh' | 'go-uninstall.sh';

export const GO_SCRIPT_LIB = 'lib-go.sh';

export interface ScriptSource {
  /** The full stdin payload for one script (lib + script). */
  payload(name: GoScriptName): Promise<string>;
}

/** Scripts read from a directory (src-main/distro-scripts in dev and tests, the app's resources when packaged). */
export function dirScriptSource(dir: string): ScriptSource {
  const cache = new Map<string, string>();
  const read = async (name: string) => {
    let text = cache.get(name);
    if (text === undefined) {
      text = await fs.readFile(path.join(dir, name), 'utf8');
      cache.set(name, text);
    }
    return text;
  };
  return {
    async payload(name) {
      const [lib, script] = await Promise.all([read(GO_SCRIPT_LIB), read(name)]);
      return joinPayload(lib, script);
    },
  };
}

/** lib first, then the script; the script's shebang line becomes a harmless comment in the middle. */
export function joinPayload(lib: string, script: string): string {
  return `${lib.endsWith('\n') ? lib : `${lib}\n`}${script}`;
}
