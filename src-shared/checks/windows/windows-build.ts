import { check, type PreflightCheck } from '../types';

/** WSL2 needs Windows 10 2004 (build 19041) or later; `wsl --install` with no options the same. */
export const MIN_WSL2_BUILD = 19041;

export const windowsBuild: PreflightCheck = {
  id: 'windows-build',
  evaluate({ windows: w }) {
    const observed = { build: w.build, ubr: w.ubr, displayVersion: w.displayVersion, productName: w.productName, edition: w.edition };
    if (w.build === null) return check(this.id, 'unknown', observed);
    if (w.build < MIN_WSL2_BUILD) return check(this.id, 'fail', observed, ['WIN_BUILD_TOO_OLD']);
    return check(this.id, 'ok', observed);
  },
};
