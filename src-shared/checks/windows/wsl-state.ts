import { check, type PreflightCheck } from '../types';
import { storeWslSupported } from './store-wsl';

export const wslInstalled: PreflightCheck = {
  id: 'wsl-installed',
  evaluate({ windows, wsl }) {
    const observed = { wslVersion: wsl.wslVersion, kernelVersion: wsl.kernelVersion, legacyInbox: wsl.legacyInbox };
    if (wsl.wslVersion !== null) return check(this.id, 'ok', observed);
    if (wsl.legacyInbox === true) {
      // Before KB5020030 the in-box `wsl --update` offers only --rollback and the Store WSL refuses to run
      // (microsoft/WSL#9157): only Windows Update helps. After it, `wsl --update` (or the Install step's MSI) works.
      if (storeWslSupported(windows.build, windows.ubr) === false) return check(this.id, 'fail', observed, ['WSL_INBOX_NEEDS_UPDATE']);
      return check(this.id, 'warn', observed, ['WSL_INBOX_LEGACY'], 'wsl.update');
    }
    return check(this.id, 'fail', observed, [], 'wsl.install');
  },
};

export const defaultVersion: PreflightCheck = {
  id: 'default-version',
  evaluate({ wsl }) {
    const observed = { defaultVersion: wsl.defaultVersion };
    if (wsl.defaultVersion === 1) return check(this.id, 'warn', observed, ['DEFAULT_VERSION_1'], 'wsl.set-default-version');
    if (wsl.defaultVersion === null) return check(this.id, wsl.wslVersion !== null ? 'ok' : 'unknown', observed);
    return check(this.id, 'ok', observed);
  },
};

export const distros: PreflightCheck = {
  id: 'distros',
  evaluate({ wsl }) {
    const list = wsl.distros;
    const observed = {
      count: list === null ? null : list.length,
      names: list === null ? null : list.map((d) => `${d.name} (WSL${d.version ?? '?'})`).join(', '),
      default: wsl.defaultDistro,
    };
    if (list === null) return check(this.id, 'unknown', observed);
    if (list.length === 0) return check(this.id, 'warn', observed, ['NO_DISTRO_INSTALLED']);
    if (list.some((d) => d.version === 1)) return check(this.id, 'warn', observed, ['DISTRO_IS_WSL1'], 'wsl.set-version');
    return check(this.id, 'ok', observed);
  },
};
