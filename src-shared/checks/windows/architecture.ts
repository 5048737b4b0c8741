import { check, type PreflightCheck } from '../types';

export const architecture: PreflightCheck = {
  id: 'architecture',
  evaluate({ windows: w }) {
    const observed = { architecture: w.architecture };
    if (w.is64Bit === null) return check(this.id, 'unknown', observed);
    return w.is64Bit ? check(this.id, 'ok', observed) : check(this.id, 'fail', observed, ['WIN_NOT_64BIT']);
  },
};
