import fs from 'node:fs';
import path from 'node:path';
import { devHook, isPackaged } from '../host/packaged';

/**
 * The one loader of distro scripts. They ship inside app.asar
 * (out/main/distro-scripts, copied there by scripts/build.mjs), where the asar
 * integrity fuse covers them: they run as root in the user's distro, so the
 * installed app reads only that one copy. Development runs also search
 * GWS_SCRIPTS_DIR first (tests), the bundle's folder and the source tree, so
 * the same code works under vitest, in the harness and in bundles of a checkout.
 */
const SCRIPT_NAME = /^[a-z0-9][a-z0-9-]*\.sh$/;

export function scriptDirs(): string[] {
  const shipped = path.join(__dirname, 'distro-scripts');
  if (isPackaged()) return [shipped];
  // Bundles in out/<name>/ of a checkout (bench, dev) find the sources two levels up.
  const dirs = [devHook('GWS_SCRIPTS_DIR'), shipped, __dirname, path.join(__dirname, '..', '..', 'src-main', 'distro-scripts')];
  return dirs.filter((d): d is string => typeof d === 'string' && d.length > 0);
}

export function distroScriptPath(name: string): string {
  if (!SCRIPT_NAME.test(name)) throw new Error(`not a distro script name: ${name}`);
  for (const dir of scriptDirs()) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`distro script ${name} not found`);
}

/**
 * Library files a script needs ahead of its own text. Scripts travel on stdin
 * to `bash -s`, so there is no second file to `source` on the other side: the
 * go-*.sh and editor-*.sh scripts get lib-go.sh's function definitions in the same payload.
 */
function libsOf(name: string): readonly string[] {
  return name.startsWith('go-') || name.startsWith('editor-') ? ['lib-go.sh'] : [];
}

/** Where a service gets script text from (tests may pass their own; the app uses loadDistroScript). */
export type ScriptText = (name: string) => string;

const cache = new Map<string, string>();

/**
 * The whole stdin payload for one script: its libraries first, then the
 * script (whose shebang line becomes a harmless comment in the middle). Both
 * are our own constant files; data only ever travels as arguments.
 */
export function loadDistroScript(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const text = [...libsOf(name), name].map((n) => withNewline(fs.readFileSync(distroScriptPath(n), 'utf8'))).join('');
  cache.set(name, text);
  return text;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
