import { restartDemanded } from '../../../src-shared/checks/windows/reboot-pending';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import type { RebootReason } from '../../../src-shared/contract/wsl';
import { EXIT_SUCCESS_REBOOT_REQUIRED } from './commands';

export interface RanAttempt {
  readonly kind: string;
  readonly ok: boolean;
  readonly exitCode: number | null;
  readonly findingIds: readonly string[];
}

/**
 * Whether Windows must restart, and why, from what really happened: a
 * command that said so (DISM's 3010, wsl.exe's "not effective until the
 * system is rebooted" -> WSL_REBOOT_PENDING), a boot setting we changed, or
 * the re-detected machine still reporting a pending restart or a feature
 * enabled "after a restart".
 */
export function rebootReasons(attempts: readonly RanAttempt[], after: PreflightReport | null): RebootReason[] {
  const reasons = new Set<RebootReason>();
  for (const a of attempts) {
    if (!a.ok) continue;
    const saysRestart = a.findingIds.includes('WSL_REBOOT_PENDING');
    if (a.kind === 'enable-features' && (a.exitCode === EXIT_SUCCESS_REBOOT_REQUIRED || saysRestart)) reasons.add('features-enabled');
    else if (a.kind === 'hypervisor-auto') reasons.add('hypervisor-changed');
    else if (saysRestart) reasons.add('wsl-installed');
  }
  if (after) {
    const f = after.windows.features;
    const pendingFeature = f.virtualMachinePlatform === 'EnablePending' || f.wsl === 'EnablePending';
    if (pendingFeature && !reasons.has('wsl-installed')) reasons.add('features-enabled');
    // Windows' own pending restart counts only while the check still asks for it (not after a restart that did not clear it).
    if (restartDemanded(after.checks) && reasons.size === 0) reasons.add('windows-pending');
  }
  return [...reasons];
}
