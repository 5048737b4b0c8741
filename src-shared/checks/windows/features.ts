import type { FeatureState } from '../../contract/preflight';
import { check, type PreflightCheck } from '../types';

function featureCheck(id: string, missingId: string, pick: (f: { virtualMachinePlatform: FeatureState | null; wsl: FeatureState | null }) => FeatureState | null, satisfiedByStoreWsl: boolean): PreflightCheck {
  return {
    id,
    evaluate({ windows, wsl }) {
      const state = pick(windows.features);
      const observed = { state, storeWsl: wsl.wslVersion };
      if (state === 'Enabled') return check(id, 'ok', observed);
      // The Store WSL (wsl --version answers) runs WSL2 without the legacy optional component.
      if (satisfiedByStoreWsl && wsl.wslVersion !== null) return check(id, 'ok', observed);
      if (state === 'EnablePending') return check(id, 'warn', observed, ['WSL_REBOOT_PENDING'], 'system.reboot');
      if (state === null || state === 'Unknown') return check(id, 'unknown', observed);
      return check(id, 'fail', observed, [missingId], 'windows.enable-features');
    },
  };
}

export const vmpFeature = featureCheck('vmp-feature', 'VMP_FEATURE_MISSING', (f) => f.virtualMachinePlatform, false);
export const wslFeature = featureCheck('wsl-feature', 'WSL_FEATURE_MISSING', (f) => f.wsl, true);
