import { describe, expect, it } from 'vitest';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { parseWindowsFactsJson } from '../../../src-shared/parse/windows-facts';
import { mirroredSuggestible, policy } from '../../../src-shared/checks/windows/policy';
import { storeWslSupported } from '../../../src-shared/checks/windows/store-wsl';
import { wslConfigPlan, DEFAULT_WSLCONFIG_CHOICES } from '../../../src-shared/distro/config-plan';

/**
 * WSL's own group policies (HKLM\SOFTWARE\Policies\WSL, microsoft/WSL wslpolicies.h):
 * only AllowWSL=0, and AllowInboxWSL=0 where the Store WSL cannot run, block.
 */
const noWsl: PreflightReport['wsl'] = { present: true, wslVersion: null, kernelVersion: null, defaultVersion: null, defaultDistro: null, distros: [], legacyInbox: null };
const storeWsl: PreflightReport['wsl'] = { ...noWsl, wslVersion: '2.3.26.0', defaultVersion: 2 };

function windows(build: number, ubr: number, wslPolicies: Record<string, number>) {
  return parseWindowsFactsJson(JSON.stringify({ schema: 1, build: String(build), ubr, wslPolicies, policyBlocksWsl: false }));
}

describe('wsl-policy check', () => {
  it('AllowWSL=0 blocks, whatever an older verdict field said', () => {
    const w = windows(22631, 4460, { AllowWSL: 0 });
    expect(w.policyBlocksWsl).toBe(true);
    expect(policy.evaluate({ windows: w, wsl: noWsl })).toMatchObject({ status: 'fail', findings: ['WSL_GPO_BLOCKED'], fixAction: null, observed: { AllowWSL: 0 } });
  });

  it('AllowInboxWSL=0 with the Store WSL installed, or on a Windows that runs it: information, not a block', () => {
    expect(policy.evaluate({ windows: windows(22631, 4460, { AllowInboxWSL: 0 }), wsl: storeWsl })).toMatchObject({ status: 'ok', findings: ['WSL_GPO_INBOX_ONLY'] });
    expect(policy.evaluate({ windows: windows(19045, 3803, { AllowInboxWSL: 0 }), wsl: noWsl })).toMatchObject({ status: 'ok', findings: ['WSL_GPO_INBOX_ONLY'] });
  });

  it('AllowInboxWSL=0 where the Store WSL cannot run (19045 before KB5020030, 19041): a block', () => {
    expect(policy.evaluate({ windows: windows(19045, 2251, { AllowInboxWSL: 0 }), wsl: noWsl })).toMatchObject({ status: 'fail', findings: ['WSL_GPO_INBOX_BLOCKED'] });
    expect(policy.evaluate({ windows: windows(19041, 1415, { AllowInboxWSL: 0 }), wsl: noWsl })).toMatchObject({ status: 'fail', findings: ['WSL_GPO_INBOX_BLOCKED'] });
  });

  it('every other value set is explained as information (AllowWSL1, networking, the settings this wizard never uses)', () => {
    const w = windows(22631, 4460, { AllowWSL: 1, AllowWSL1: 0, AllowNetworkingModeUserSetting: 0, DefaultNetworkingMode: 1, AllowDiskMount: 0, AllowDebugShell: 0 });
    const c = policy.evaluate({ windows: w, wsl: storeWsl });
    expect(c.status).toBe('ok');
    expect(c.findings).toEqual(['WSL_GPO_WSL1_OFF', 'WSL_GPO_NETWORKING_LOCKED', 'WSL_GPO_SETTINGS_RESTRICTED']);
    expect(c.observed).toMatchObject({ AllowWSL1: 0, DefaultNetworkingMode: 1, AllowDiskMount: 0 });
  });

  it('no policy: ok, nothing to say', () => {
    expect(policy.evaluate({ windows: windows(22631, 4460, {}), wsl: storeWsl })).toMatchObject({ status: 'ok', findings: [] });
  });

  it('a policy that ignores the user networking mode stops the mirrored suggestion', () => {
    const locked = windows(26100, 1, { AllowNetworkingModeUserSetting: 0 }).wslPolicies;
    expect(mirroredSuggestible(locked)).toBe(false);
    const machine = { windowsBuild: 26100, wslVersion: '2.3.26.0' };
    const keys = (allowed: boolean) => wslConfigPlan(DEFAULT_WSLCONFIG_CHOICES, { ...machine, mirroredAllowed: allowed }).settings.map((s) => s.key);
    expect(keys(true)).toContain('networkingMode');
    expect(keys(false)).not.toContain('networkingMode');
    expect(wslConfigPlan(DEFAULT_WSLCONFIG_CHOICES, { ...machine, mirroredAllowed: false }).advice.map((a) => a.key)).toContain('distro.advice.networkingPolicy');
  });

  it('the Store WSL needs KB5020030 on Windows 10 (revision 2311) and KB5019157 on Windows 11 21H2 (1281)', () => {
    expect(storeWslSupported(19045, 2310)).toBe(false);
    expect(storeWslSupported(19045, 2311)).toBe(true);
    expect(storeWslSupported(19041, 9999)).toBe(false);
    expect(storeWslSupported(22000, 1280)).toBe(false);
    expect(storeWslSupported(22000, 1281)).toBe(true);
    expect(storeWslSupported(22621, 0)).toBe(true);
    expect(storeWslSupported(null, null)).toBe(null);
  });
});
