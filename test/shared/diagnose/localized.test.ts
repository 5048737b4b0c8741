import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src-shared/diagnose/index';

/**
 * Rules that hold in every display language because they read only what
 * translation never changes. Source of the facts (Windows' documented
 * behaviour): microsoft/WSL localization/strings/<lang>/Resources.resw, where
 * the "no distributions" (MessageNoDefaultDistro), "invalid distribution name"
 * (MessageInvalidDistributionName) and "enable virtualization"
 * (MessageEnableVirtualization) messages mark `wsl.exe --list --online`,
 * `wsl.exe --install <Distro>` and `--install --no-distribution` as Locked.
 * The translated sentences are NOT copied here: `<<translated>>` stands for
 * them, which is the point: the rule must not need them.
 */
const T = '<<translated sentence>>';

describe('locked parts of wsl.exe messages', () => {
  it('no distributions installed: both locked commands, no table', () => {
    const text = `${T}\n${T}\n\n${T} 'wsl.exe --list --online' ${T}\n${T} 'wsl.exe --install <Distro>' ${T}\n`;
    expect(diagnose(text)[0]?.id).toBe('NO_DISTRO_INSTALLED');
  });

  it('invalid distribution name: the name in quotes, then --list --online alone', () => {
    const text = `${T} 'Ubuntu-99.04' ${T}\n${T} 'wsl.exe --list --online' ${T}\n`;
    expect(diagnose(text)[0]?.id).toBe('DISTRO_NOT_FOUND');
  });

  it('the healthy --list --online header (only the --install pointer) stays quiet', () => {
    const text = `${T}\n${T} 'wsl.exe --install <Distro>' ${T}\n\nNAME            FRIENDLY NAME\nUbuntu          Ubuntu\nDebian          Debian GNU/Linux\n`;
    expect(diagnose(text)).toEqual([]);
  });

  it('enable-virtualization message: the locked command to run, with the code', () => {
    const text = `${T}\n${T}\n\n${T}: wsl.exe --install --no-distribution\n\n${T} https://aka.ms/enablevirtualization\nError code: Wsl/InstallDistro/Service/RegisterDistro/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED\n`;
    expect(['VIRTUALIZATION_DISABLED', 'VMP_FEATURE_MISSING']).toContain(diagnose(text)[0]?.id);
  });

  it("'wsl' not recognized, whatever the shell's language, names wsl", () => {
    expect(diagnose("'wsl' n'est pas reconnu en tant que commande interne\n")[0]?.id).toBe('WSL_FEATURE_MISSING');
    expect(diagnose("wsl : Die Benennung \"wsl\" wurde nicht als Name eines Cmdlet erkannt.\n")[0]?.id).toBe('WSL_FEATURE_MISSING');
    // Another command not recognized is not a WSL feature problem.
    expect(diagnose("'foo' n'est pas reconnu en tant que commande interne\n")[0]?.id).not.toBe('WSL_FEATURE_MISSING');
  });
});

/**
 * Get-CimInstance Win32_Processor | Select-Object Name, VirtualizationFirmwareEnabled
 * prints a Format-Table (Windows' documented default for four properties or
 * fewer); the same fact as Format-List's "VirtualizationFirmwareEnabled : False".
 */
describe('PowerShell table output of the firmware fact', () => {
  const table = [
    'Name                                     VirtualizationFirmwareEnabled',
    '----                                     -----------------------------',
    'Intel(R) Core(TM) i5-4300U CPU @ 1.90GHz                         False',
    '',
  ].join('\n');

  it('a table saying False is firmware virtualization off', () => {
    expect(diagnose(table)[0]?.id).toBe('VIRTUALIZATION_DISABLED');
    expect(diagnose(`WslRegisterDistribution failed with error: 0x80370102\n${table}`)[0]?.id).toBe('VIRTUALIZATION_DISABLED');
  });

  it('the same table saying True is healthy', () => {
    expect(diagnose(table.replace(/False/, ' True'))).toEqual([]);
  });
});

describe('healthy is quiet, error-like is UNKNOWN', () => {
  it('a bare PowerShell value that only looks alarming ("Restricted") is not an error', () => {
    expect(diagnose('ExecutionPolicy : Restricted\n')).toEqual([]);
  });

  it('output no parser knows but with nothing error-like gives no finding', () => {
    expect(diagnose('Current WinHTTP proxy settings:\n\n    Direct access (no proxy server).\n')).toEqual([]);
  });

  it('an error word in another language with no rule gives UNKNOWN', () => {
    const f = diagnose('Fehler beim Frobnizieren des Dings\n');
    expect(f.map((x) => x.id)).toEqual(['UNKNOWN']);
  });
});
