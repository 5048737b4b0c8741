import type { Check } from '../../../src-shared/contract/preflight';
import type { FindingInfo, WslActionResult } from '../../../src-shared/contract/wsl';
import type { LiveDeps } from '../live-run';
import { runPreflight } from '../preflight';
import type { AttemptRun } from './attempt';
import { wslActions } from './commands';
import { nextInstallStep, type InstallPath } from './fallback';
import { ActionFlow } from './flow';

/** Failed checks nobody but the user (or IT) can fix: installing would not help. */
export function blockingChecks(checks: readonly Check[]): Check[] {
  return checks.filter((c) => c.status === 'fail' && c.fixAction === null);
}

/**
 * Install WSL: `wsl.exe --install --no-distribution`, elevated, live in the
 * Terminal; on a network or Store failure `--web-download`; then DISM for
 * both features and `wsl --update --web-download`. Detects first (the
 * diagnoser needs the facts, and a blocked machine is not touched), and
 * again at the end.
 */
export async function installWsl(runtime: LiveDeps, signal?: AbortSignal): Promise<WslActionResult> {
  const before = await runPreflight(runtime, signal);
  const blockers = blockingChecks(before.checks);
  if (blockers.length > 0) {
    const findings: FindingInfo[] = blockers.flatMap((c) => c.findings.map((id) => ({ id, confidence: 1, evidence: [`check: ${c.id}`] })));
    return { action: 'wsl.install', outcome: 'failed', attempts: [], findings, reboot: { required: false, reasons: [] }, report: before };
  }
  const flow = new ActionFlow(runtime, 'wsl.install', before, signal);
  if (before.wsl.wslVersion !== null) {
    // Already there (the Store WSL answers `--version`): nothing to install; finish still re-detects.
    return flow.finish('ran');
  }
  return flow.guard(async () => {
    let path: InstallPath = 'install';
    for (;;) {
      const last = await runPath(flow, path);
      if (!last || last.cancelled) return;
      const next = nextInstallStep(path, {
        ok: last.attempt.ok,
        timedOut: last.timedOut,
        findingIds: last.attempt.findings.map((f) => f.id),
      });
      if (next === 'stop') return;
      path = next;
    }
  });
}

async function runPath(flow: ActionFlow, path: InstallPath): Promise<AttemptRun | null> {
  switch (path) {
    case 'install':
      return flow.run('install', wslActions.install(false));
    case 'install-web':
      return flow.run('install-web', wslActions.install(true));
    case 'features-and-update': {
      const features = await flow.run('enable-features', wslActions.enableFeatures());
      if (!features.attempt.ok || features.cancelled) return features;
      return flow.run('update-web', wslActions.update(true));
    }
  }
}
