import type { WslActionResult, WslFixAction } from '../../../src-shared/contract/wsl';
import type { LiveDeps } from '../live-run';
import { wslActions } from './commands';
import { updateRetriesWithWeb } from './fallback';
import { ActionFlow } from './flow';

/**
 * The one-button fixes of the Preflight page. Each runs its command(s) live,
 * diagnoses a failure with the catalog, and answers with the re-detected
 * machine, so the check the button sat on turns green only if it really is.
 */
export async function runFix(runtime: LiveDeps, action: WslFixAction, signal?: AbortSignal): Promise<WslActionResult> {
  const flow = new ActionFlow(runtime, action, null, signal);
  return flow.guard(async () => {
    switch (action) {
      case 'windows.enable-features':
        await flow.run('enable-features', wslActions.enableFeatures());
        return;
      case 'wsl.update': {
        const first = await flow.run('update', wslActions.update(false));
        const outcome = { ok: first.attempt.ok, timedOut: first.timedOut, findingIds: first.attempt.findings.map((f) => f.id) };
        if (!first.cancelled && updateRetriesWithWeb(outcome)) await flow.run('update-web', wslActions.update(true));
        return;
      }
      case 'wsl.set-default-version':
        await flow.run('set-default-version', wslActions.setDefaultVersion2());
        return;
      case 'windows.hypervisor-auto':
        await flow.run('hypervisor-auto', wslActions.hypervisorAuto());
        return;
    }
  });
}
