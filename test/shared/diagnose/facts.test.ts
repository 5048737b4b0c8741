import { describe, expect, it } from 'vitest';
import type { WindowsFacts } from '../../../src-shared/contract/preflight';
import { diagnose, type Finding } from '../../../src-shared/diagnose/index';

const top = (f: Finding[]): string => f[0]?.id ?? 'OK';
const HCS_START = 'Error code: Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED\n';
const REGISTER = 'WslRegisterDistribution failed with error: 0x80370102\n';

function windows(over: Partial<WindowsFacts>): Partial<WindowsFacts> {
  return { build: 22631, is64Bit: true, hypervisorPresent: false, features: { virtualMachinePlatform: 'Enabled', wsl: 'Enabled' }, ...over };
}

describe('ambiguous HCS_E_HYPERV_NOT_INSTALLED settled by facts', () => {
  it('firmware virtualization off -> VIRTUALIZATION_DISABLED, whatever the phase', () => {
    for (const text of [HCS_START, REGISTER]) {
      const f = diagnose({ text, facts: { windows: windows({ virtualizationFirmwareEnabled: false }) } });
      expect(top(f)).toBe('VIRTUALIZATION_DISABLED');
      expect(f[0]?.evidence).toContain('virtualizationFirmwareEnabled=false');
    }
  });

  it('Virtual Machine Platform disabled -> VMP_FEATURE_MISSING', () => {
    const f = diagnose({ text: REGISTER, facts: { windows: windows({ virtualizationFirmwareEnabled: true, features: { virtualMachinePlatform: 'Disabled', wsl: 'Enabled' } }) } });
    expect(top(f)).toBe('VMP_FEATURE_MISSING');
  });

  it('everything on -> HYPERVISOR_CONFLICT', () => {
    const f = diagnose({ text: REGISTER, facts: { windows: windows({ virtualizationFirmwareEnabled: true }) } });
    expect(top(f)).toBe('HYPERVISOR_CONFLICT');
    expect(f[0]?.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('a VM hardware model -> NESTED_VIRT_UNAVAILABLE', () => {
    const f = diagnose({ text: REGISTER, facts: { windows: windows({ manufacturer: 'Microsoft Corporation', model: 'Virtual Machine', virtualizationFirmwareEnabled: false }) } });
    expect(top(f)).toBe('NESTED_VIRT_UNAVAILABLE');
  });

  it('bcdedit output with hypervisorlaunchtype Off in the same paste -> HYPERVISOR_CONFLICT', () => {
    const f = diagnose(`${REGISTER}C:\\> bcdedit /enum {current}\nidentifier              {current}\nhypervisorlaunchtype    Off\n`);
    expect(top(f)).toBe('HYPERVISOR_CONFLICT');
  });

  it('without facts the phase decides and the alternatives are listed after it', () => {
    const start = diagnose(HCS_START).map((x) => x.id);
    expect(start[0]).toBe('HYPERVISOR_CONFLICT');
    expect(start).toEqual(expect.arrayContaining(['VIRTUALIZATION_DISABLED', 'VMP_FEATURE_MISSING']));
    expect(top(diagnose(REGISTER))).toBe('VIRTUALIZATION_DISABLED');
    expect(top(diagnose(`Conversion in progress, this may take a few minutes.\nError code: Wsl/Service/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED\n`))).toBe('VMP_FEATURE_MISSING');
  });
});

describe('facts alone (preflight, no text)', () => {
  it('old build, 32-bit, policy, low disk, pending feature each give their finding', () => {
    expect(top(diagnose({ facts: { windows: windows({ build: 18363 }) } }))).toBe('WIN_BUILD_TOO_OLD');
    expect(top(diagnose({ facts: { windows: windows({ is64Bit: false, architecture: '32-bit' }) } }))).toBe('WIN_NOT_64BIT');
    expect(top(diagnose({ facts: { windows: windows({ policyBlocksWsl: true }) } }))).toBe('WSL_GPO_BLOCKED');
    expect(top(diagnose({ facts: { windows: windows({ systemDriveFreeBytes: 1024 ** 3 }) } }))).toBe('DISK_SPACE_LOW');
    expect(top(diagnose({ facts: { windows: windows({ features: { virtualMachinePlatform: 'EnablePending', wsl: 'Enabled' } }) } }))).toBe('WSL_REBOOT_PENDING');
    expect(top(diagnose({ facts: { wsl: { defaultVersion: 1, distros: [] } } }))).toBe('DEFAULT_VERSION_1');
  });

  it('firmware "off" while a hypervisor runs is how Windows reports a healthy Hyper-V: no finding', () => {
    expect(diagnose({ facts: { windows: windows({ virtualizationFirmwareEnabled: false, hypervisorPresent: true }) } })).toEqual([]);
  });

  it('a healthy machine gives no finding', () => {
    expect(diagnose({ facts: { windows: windows({ virtualizationFirmwareEnabled: true, systemDriveFreeBytes: 100 * 1024 ** 3 }) } })).toEqual([]);
  });
});

describe('healthy, unknown, empty', () => {
  it('healthy outputs give []', () => {
    expect(diagnose('go version go1.22.5 linux/amd64\n')).toEqual([]);
    expect(diagnose('  NAME      STATE           VERSION\n* Ubuntu    Running         2\n')).toEqual([]);
    expect(diagnose('nameserver 8.8.8.8\n')).toEqual([]);
  });

  it('text it cannot place gives exactly one UNKNOWN carrying the text as evidence', () => {
    const f = diagnose('Something odd happened: frobnicator failed with status 7\n');
    expect(f).toHaveLength(1);
    expect(f[0]?.id).toBe('UNKNOWN');
    expect(f[0]?.evidence[0]).toContain('frobnicator failed');
  });

  it('empty input gives []', () => {
    expect(diagnose('')).toEqual([]);
    expect(diagnose(new Uint8Array())).toEqual([]);
  });

  it('findings are ordered by confidence, highest first', () => {
    const f = diagnose('go: golang.org/x/sys@v0.1.0: unrecognized import path "golang.org/x/sys" (https fetch: Get https://golang.org/x/sys?go-get=1: dial tcp 216.239.37.1:443: i/o timeout)\n');
    expect(f.map((x) => x.id)).toEqual(['NET_TIMEOUT', 'MODULE_NOT_FOUND']);
    const conf = f.map((x) => x.confidence);
    expect([...conf].sort((a, b) => b - a)).toEqual(conf);
  });

  it('a command typed in the paste is not read as machine output', () => {
    // "/norestart" and "hypervisorlaunchtype auto" in prompts must not become findings.
    expect(diagnose('PS C:\\> dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart\nThe operation completed successfully.\n')).toEqual([]);
    expect(diagnose('PS C:\\> bcdedit /set hypervisorlaunchtype off\nThe operation completed successfully.\n')).toEqual([]);
  });
});
