import type { Check } from '../../contract/preflight';
import { blockingRebootReasons, FILE_RENAME_REASON } from '../../parse/reboot-reasons';
import { check, type PreflightCheck } from '../types';

/**
 * Only Component Based Servicing and Windows Update may hold the install back
 * for a restart; a pending file rename alone is shown as information. When
 * the same reason is still there after a restart the wizard asked for (the
 * boot time changed), asking again would loop forever (Podman Desktop #6978):
 * the user goes on, with an explanation.
 */
export const rebootPending: PreflightCheck = {
  id: 'reboot-pending',
  evaluate({ windows: w, restart }) {
    const reasons = w.rebootPendingReasons;
    const observed: Check['observed'] = { reasons: reasons.join(', ') || null };
    if (w.rebootPending === null && reasons.length === 0) return check(this.id, 'unknown', observed);
    if (w.rebootPending !== true) {
      return check(this.id, 'ok', observed, reasons.includes(FILE_RENAME_REASON) ? ['WIN_PENDING_FILE_RENAME'] : []);
    }
    const blocking = blockingRebootReasons(reasons);
    const before = restart?.reasonsBefore ?? [];
    const survived =
      restart?.restarted === true && (blocking.length > 0 ? blocking.every((r) => before.includes(r)) : before.length > 0);
    if (survived) return check(this.id, 'warn', { ...observed, afterRestart: true }, ['WIN_REBOOT_PERSISTS']);
    return check(this.id, 'warn', observed, ['WSL_REBOOT_PENDING'], 'system.reboot');
  },
};

/** The install waits for a restart only while this check asks for one (not after a restart that did not clear it). */
export function restartDemanded(checks: readonly Check[]): boolean {
  return checks.some((c) => c.id === rebootPending.id && c.fixAction === 'system.reboot');
}
