import path from 'node:path';
import { distroScriptSpec } from '../../src-main/host/commands/distro';
import { LocalLinuxHost } from '../../src-main/host/local-linux-host';
import { dirScriptSource } from '../../src-main/services/go/scripts';
import { runScript, hostRunner } from '../../src-main/services/go/run-script';
import type { GoScriptName } from '../../src-main/services/go/scripts';

export const SCRIPTS_DIR = path.resolve(__dirname, '../../src-main/distro-scripts');

/** Run one go-*.sh against a sandbox root through the real LocalLinuxHost. */
export function scriptRunner(root: string) {
  const host = new LocalLinuxHost({ root });
  const scripts = dirScriptSource(SCRIPTS_DIR);
  return {
    host,
    scripts,
    run: (script: GoScriptName, args: readonly string[], timeoutMs = 120_000) =>
      runScript(hostRunner(host), scripts, { id: `test.${script}`, script, distro: 'sandbox', user: 'root', args, mutates: true, timeoutMs, title: script }),
    /** Raw run that does not throw on a non-zero exit (for fault tests). */
    raw: async (script: GoScriptName, args: readonly string[], signal?: AbortSignal) => {
      const spec = distroScriptSpec(`test.${script}`, { name: 'sandbox', user: 'root', script, args }, await scripts.payload(script), { timeoutMs: 120_000 });
      return host.run(spec, signal ? { signal } : {});
    },
  };
}
