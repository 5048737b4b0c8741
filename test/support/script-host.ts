import path from 'node:path';
import { loadDistroScript } from '../../src-main/distro-scripts';
import { distroScriptSpec } from '../../src-main/host/commands/distro';
import { LocalLinuxHost } from '../../src-main/host/local-linux-host';
import { runScript, hostRunner, type GoScriptName } from '../../src-main/services/go/run-script';

export const SCRIPTS_DIR = path.resolve(__dirname, '../../src-main/distro-scripts');

/** Run one go-*.sh against a sandbox root through the real LocalLinuxHost. */
export function scriptRunner(root: string) {
  const host = new LocalLinuxHost({ root });
  return {
    host,
    run: (script: GoScriptName, args: readonly string[], timeoutMs = 120_000) =>
      runScript(hostRunner(host), loadDistroScript, { id: `test.${script}`, script, distro: 'sandbox', user: 'root', args, mutates: true, timeoutMs, title: script }),
    /** Raw run that does not throw on a non-zero exit (for fault tests). */
    raw: async (script: GoScriptName, args: readonly string[], signal?: AbortSignal) => {
      const spec = distroScriptSpec(`test.${script}`, { name: 'sandbox', user: 'root', script, args }, loadDistroScript(script), { timeoutMs: 120_000 });
      return host.run(spec, signal ? { signal } : {});
    },
  };
}
