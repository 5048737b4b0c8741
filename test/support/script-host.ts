import { scriptRunner as sharedRunner, scriptSpec } from '../../src-main/distro-scripts/run';
import { LocalLinuxHost } from '../../src-main/host/local-linux-host';
import { runGoScript, type GoScriptName } from '../../src-main/services/go/go-script';

/** Run one go-*.sh against a sandbox root through the real LocalLinuxHost. */
export function scriptRunner(root: string) {
  const host = new LocalLinuxHost({ root });
  const runner = sharedRunner((spec, options) => host.run(spec, options));
  return {
    host,
    run: (script: GoScriptName, args: readonly string[], timeoutMs = 120_000) =>
      runGoScript(runner, { id: `test.${script}`, script, distro: 'sandbox', args, mutates: true, timeoutMs, title: script }),
    /** Raw run that does not throw on a non-zero exit (for fault tests). */
    raw: (script: GoScriptName, args: readonly string[], signal?: AbortSignal) =>
      host.run(scriptSpec({ id: `test.${script}`, script, distro: 'sandbox', user: 'root', args, timeoutMs: 120_000 }), signal ? { signal } : {}),
  };
}
