import type { Check, WslPolicies, WslPolicyName } from '../../contract/preflight';
import { check, type PreflightCheck } from '../types';
import { storeWslSupported } from './store-wsl';

/** Settings of .wslconfig and wsl.exe this wizard never uses: restricting them changes nothing here. */
const UNUSED_SETTINGS: readonly WslPolicyName[] = [
  'AllowKernelUserSetting',
  'AllowSystemDistroUserSetting',
  'AllowKernelCommandLineUserSetting',
  'AllowDebugShell',
  'AllowNestedVirtualization',
  'AllowKernelDebugUserSetting',
  'AllowDiskMount',
  'AllowFirewallUserSetting',
];

/**
 * WSL's own group policies (HKLM\SOFTWARE\Policies\WSL, names from microsoft/WSL
 * wslpolicies.h). Only what makes the install impossible fails: AllowWSL=0, or
 * AllowInboxWSL=0 (Microsoft's recommended enterprise setting) on a Windows that
 * cannot run the Store WSL. Every other value set is explained as information.
 */
export const policy: PreflightCheck = {
  id: 'wsl-policy',
  evaluate({ windows: w, wsl }) {
    const p: WslPolicies = w.wslPolicies;
    const observed: Check['observed'] = { blocked: w.policyBlocksWsl, ...p };
    if (w.policyBlocksWsl === true) return check(this.id, 'fail', observed, ['WSL_GPO_BLOCKED']);
    const findings: string[] = [];
    if (p.AllowInboxWSL === 0) {
      // The Store WSL already answering `wsl --version` settles it; otherwise the Windows build does.
      const storeOk = wsl.wslVersion !== null || storeWslSupported(w.build, w.ubr) !== false;
      if (!storeOk) return check(this.id, 'fail', observed, ['WSL_GPO_INBOX_BLOCKED']);
      findings.push('WSL_GPO_INBOX_ONLY');
    }
    if (p.AllowWSL1 === 0) findings.push('WSL_GPO_WSL1_OFF');
    if (networkingLocked(p)) findings.push('WSL_GPO_NETWORKING_LOCKED');
    if (UNUSED_SETTINGS.some((name) => p[name] === 0)) findings.push('WSL_GPO_SETTINGS_RESTRICTED');
    return check(this.id, 'ok', observed, findings);
  },
};

/** IT chose the networking mode: .wslconfig's networkingMode is ignored, or a default other than NAT is set. */
export function networkingLocked(p: WslPolicies): boolean {
  return p.AllowNetworkingModeUserSetting === 0 || p.DefaultNetworkingMode !== undefined;
}

/**
 * Whether writing `networkingMode=mirrored` into .wslconfig can take effect: not
 * when the policy makes WSL ignore the user's networking mode (then IT's
 * DefaultNetworkingMode decides).
 */
export function mirroredSuggestible(p: WslPolicies): boolean {
  return p.AllowNetworkingModeUserSetting !== 0;
}
