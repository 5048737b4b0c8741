import { describe, expect, it } from 'vitest';
import { WindowsFacts } from '../../../src-shared/contract/preflight';
import { parseWindowsFactsJson } from '../../../src-shared/parse/windows-facts';
import { encodeUtf16le } from '../../../src-shared/util/decode';

describe('parseWindowsFactsJson', () => {
  const ours = {
    build: 22631,
    ubr: 4317,
    displayVersion: '23H2',
    productName: 'Windows 11 Pro',
    edition: 'Professional',
    architecture: '64-bit',
    is64Bit: true,
    virtualizationFirmwareEnabled: false,
    hypervisorPresent: false,
    vmMonitorModeExtensions: true,
    secondLevelAddressTranslation: true,
    manufacturer: 'LENOVO',
    model: '20XW',
    features: { virtualMachinePlatform: 'Disabled', wsl: 'Enabled' },
    rebootPending: false,
    rebootPendingReasons: [],
    lastBootUtc: '2026-11-30T08:12:40.5000000Z',
    policyBlocksWsl: null,
    wslPolicies: { AllowInboxWSL: 0, DefaultNetworkingMode: 1 },
    systemDrive: 'C:',
    systemDriveFreeBytes: 123456789012,
    proxy: { wininetEnabled: true, wininetServer: '127.0.0.1:7890', autoConfigUrl: null, winhttp: 'Direct access (no proxy server).' },
    isAdmin: false,
    languageMode: 'FullLanguage',
    uiCulture: 'zh-CN',
  };

  it('reads our own camelCase shape unchanged, from UTF-8 and UTF-16LE (PowerShell 5 writes UTF-16)', () => {
    const json = JSON.stringify(ours, null, 4);
    expect(parseWindowsFactsJson(json)).toEqual(ours);
    expect(parseWindowsFactsJson(encodeUtf16le(json, true))).toEqual(ours);
  });

  it('reads PowerShell property names and value styles (PascalCase, "True", 1/0, enum numbers, one-element arrays)', () => {
    const ps = {
      CurrentBuildNumber: '19045',
      UBR: 3803,
      OsArchitecture: '64-bit',
      HyperVRequirementVirtualizationFirmwareEnabled: 'True',
      HypervisorPresent: 0,
      CsManufacturer: ['VMware, Inc.'],
      CsModel: 'VMware7,1',
      VirtualMachinePlatform: { InstallState: 2 },
      'Microsoft-Windows-Subsystem-Linux': 'EnablePending',
      ProxyEnable: 1,
      ProxyServer: 'proxy.corp:8080',
      RebootPendingReasons: 'CBS',
    };
    const f = parseWindowsFactsJson(`WARNING: something\r\n${JSON.stringify(ps)}\r\n`);
    expect(f.build).toBe(19045);
    expect(f.ubr).toBe(3803);
    expect(f.is64Bit).toBe(true);
    expect(f.virtualizationFirmwareEnabled).toBe(true);
    expect(f.hypervisorPresent).toBe(false);
    expect(f.manufacturer).toBe('VMware, Inc.');
    expect(f.features).toEqual({ virtualMachinePlatform: 'Disabled', wsl: 'EnablePending' });
    expect(f.proxy.wininetEnabled).toBe(true);
    expect(f.proxy.wininetServer).toBe('proxy.corp:8080');
    expect(f.rebootPendingReasons).toEqual(['CBS']);
  });

  it('missing, empty or garbage input gives a valid all-null record (never guessed)', () => {
    for (const input of ['', 'not json', '{"build": "abc", "is64Bit": "maybe"}', '[1,2]']) {
      const f = parseWindowsFactsJson(input);
      expect(WindowsFacts.safeParse(f).success).toBe(true);
      expect(f.build).toBeNull();
      expect(f.is64Bit).toBeNull();
      expect(f.features).toEqual({ virtualMachinePlatform: null, wsl: null });
      expect(f.rebootPendingReasons).toEqual([]);
    }
  });

  it('accepts the facts nested under "windows"', () => {
    expect(parseWindowsFactsJson(JSON.stringify({ windows: { build: 26100 } })).build).toBe(26100);
  });

  it('WSL policy values from HKLM\\SOFTWARE\\Policies\\WSL: AllowWSL=0 blocks; unknown names and non-integers are dropped', () => {
    const f = parseWindowsFactsJson(JSON.stringify({ wslPolicies: { AllowWSL: 0, AllowInboxWSL: '1', Bogus: 0, AllowDiskMount: 'x' } }));
    expect(f.wslPolicies).toEqual({ AllowWSL: 0, AllowInboxWSL: 1 });
    expect(f.policyBlocksWsl).toBe(true);
    expect(parseWindowsFactsJson(JSON.stringify({ wslPolicies: { AllowWSL: 1 }, policyBlocksWsl: true })).policyBlocksWsl).toBe(false);
  });

  it('a pending file rename alone is not a pending restart; CBS or Windows Update is', () => {
    expect(parseWindowsFactsJson(JSON.stringify({ rebootPending: true, rebootPendingReasons: ['PendingFileRename'] })).rebootPending).toBe(false);
    expect(parseWindowsFactsJson(JSON.stringify({ rebootPending: true, rebootPendingReasons: 'WindowsUpdate' })).rebootPending).toBe(true);
    expect(parseWindowsFactsJson(JSON.stringify({ rebootPending: true, rebootPendingReasons: [] })).rebootPending).toBe(true);
  });
});
