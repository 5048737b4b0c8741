import { storeWslSupported } from '../../../src-shared/checks/windows/store-wsl';
import type { Check, PreflightReport } from '../../../src-shared/contract/preflight';
import type { FindingInfo, WslActionResult } from '../../../src-shared/contract/wsl';
import { elevationOutlook } from '../../../src-shared/diagnose/elevation';
import type { LiveDeps } from '../live-run';
import { runPreflight } from '../preflight';
import type { AttemptRun } from './attempt';
import { bundleCommands } from '../bundle/commands';
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
 * both features and `wsl --update --web-download`. The old in-box wsl.exe
 * (its usage text instead of an install) gets DISM and the Store WSL MSI
 * (fallback.ts). Detects first (the
 * diagnoser needs the facts, and a blocked machine is not touched), and
 * again at the end.
 */
export interface WslInstallDeps extends LiveDeps {
  /** An offline bundle (services/bundle): its MSI, verified against the manifest, replaces the Store and GitHub. */
  readonly bundle?: { localFile(role: 'wslMsi'): Promise<{ path: string } | null> };
}

export async function installWsl(runtime: WslInstallDeps, signal?: AbortSignal): Promise<WslActionResult> {
  const before = await runPreflight(runtime, signal);
  const blockers = blockingChecks(before.checks);
  if (blockers.length > 0) {
    const findings: FindingInfo[] = blockers.flatMap((c) => c.findings.map((id) => ({ id, confidence: 1, evidence: [`check: ${c.id}`] })));
    return { action: 'wsl.install', outcome: 'failed', attempts: [], findings, reboot: { required: false, reasons: [] }, report: before };
  }
  if (before.wsl.wslVersion === null && !elevationOutlook(before.windows).possible) {
    // No way to ask for administrator rights here (the page said so before the click): start nothing.
    const findings: FindingInfo[] = [{ id: 'ELEVATION_NO_ROUTE', confidence: 1, evidence: [`languageMode: ${before.windows.languageMode}`] }];
    return { action: 'wsl.install', outcome: 'failed', attempts: [], findings, reboot: { required: false, reasons: [] }, report: before };
  }
  const flow = new ActionFlow(runtime, 'wsl.install', before, signal);
  if (before.wsl.wslVersion !== null) {
    // Already there (the Store WSL answers `--version`): nothing to install; finish still re-detects.
    return flow.finish('ran');
  }
  // Checked before anything runs: a missing or damaged bundle MSI stops here, named (BUNDLE_FILE_*), with nothing changed.
  const bundleMsi = runtime.bundle ? await runtime.bundle.localFile('wslMsi') : null;
  return flow.guard(async () => {
    let path: InstallPath = bundleMsi ? 'bundle-msi' : 'install';
    for (;;) {
      const last = await runPath(flow, path, before, bundleMsi?.path ?? null);
      // A timed-out attempt has ended (the elevation runner only returns once the elevated side
      // has), so the next path never runs beside it.
      if (!last || last.cancelled) return;
      const outcome = { ok: last.attempt.ok, timedOut: last.timedOut, findingIds: last.attempt.findings.map((f) => f.id) };
      const next = nextInstallStep(path, outcome, { storeWsl: storeWslSupported(before.windows.build, before.windows.ubr) });
      if (next === 'stop') return;
      path = next;
    }
  });
}

async function runPath(flow: ActionFlow, path: InstallPath, before: PreflightReport, bundleMsi: string | null): Promise<AttemptRun | null> {
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
    case 'inbox-msi': {
      // DISM only when a feature is off: one UAC prompt fewer on a PC where WSL's feature is already on.
      const f = before.windows.features;
      if (f.virtualMachinePlatform !== 'Enabled' || f.wsl !== 'Enabled') {
        const features = await flow.run('enable-features', wslActions.enableFeatures());
        if (!features.attempt.ok || features.cancelled) return features;
      }
      return flow.run('install-msi', wslActions.installMsi(before.windows.architecture));
    }
    case 'bundle-msi': {
      const f = before.windows.features;
      if (f.virtualMachinePlatform !== 'Enabled' || f.wsl !== 'Enabled') {
        const features = await flow.run('enable-features', wslActions.enableFeatures());
        if (!features.attempt.ok || features.cancelled) return features;
      }
      return bundleMsi === null ? null : flow.run('install-msi-bundle', bundleCommands.installMsi(bundleMsi));
    }
  }
}
