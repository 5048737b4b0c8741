import { check, type PreflightCheck } from '../types';

/** Group policy can forbid WSL; nothing the wizard should try to force. */
export const policy: PreflightCheck = {
  id: 'wsl-policy',
  evaluate({ windows: w }) {
    const observed = { blocked: w.policyBlocksWsl };
    if (w.policyBlocksWsl === null) return check(this.id, 'ok', observed);
    return w.policyBlocksWsl ? check(this.id, 'fail', observed, ['WSL_GPO_BLOCKED']) : check(this.id, 'ok', observed);
  },
};
