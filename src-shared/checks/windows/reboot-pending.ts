import { check, type PreflightCheck } from '../types';

export const rebootPending: PreflightCheck = {
  id: 'reboot-pending',
  evaluate({ windows: w }) {
    const observed = { reasons: w.rebootPendingReasons.join(', ') || null };
    if (w.rebootPending === null) return check(this.id, 'unknown', observed);
    return w.rebootPending ? check(this.id, 'warn', observed, ['WSL_REBOOT_PENDING'], 'system.reboot') : check(this.id, 'ok', observed);
  },
};
