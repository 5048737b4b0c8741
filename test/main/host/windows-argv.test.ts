import { describe, expect, it } from 'vitest';
import { distroScriptSpec } from '../../../src-main/host/commands/distro';
import { encodePowerShell, powershellSpec } from '../../../src-main/host/commands/powershell';
import { windowsFactsSpec, WINDOWS_FACTS_SCRIPT } from '../../../src-main/host/commands/windows-facts';
import { wslCommands } from '../../../src-main/host/commands/wsl';
import { WSL_POLICY_NAMES } from '../../../src-shared/contract/preflight';

/** The exact argv the Windows host would run: no shell, absolute paths, data never spliced into code. */
describe('Windows command argv', () => {
  it('wsl.exe probes run the System32 wsl.exe with WSL_UTF8 and sniffed decoding', () => {
    expect(wslCommands.version().argv).toEqual(['C:\\Windows\\System32\\wsl.exe', '--version']);
    expect(wslCommands.status().argv).toEqual(['C:\\Windows\\System32\\wsl.exe', '--status']);
    expect(wslCommands.listVerbose().argv).toEqual(['C:\\Windows\\System32\\wsl.exe', '--list', '--verbose']);
    expect(wslCommands.listOnline().argv).toEqual(['C:\\Windows\\System32\\wsl.exe', '--list', '--online']);
    for (const s of Object.values(wslCommands).map((f) => f())) {
      expect(s.env).toEqual({ WSL_UTF8: '1' });
      expect(s.decode).toBe('auto');
      expect(s.stdin).toBeUndefined();
    }
  });

  it('PowerShell runs only an encoded constant script; data goes in GWS_DATA as JSON', () => {
    const hostile = { name: "x'; Remove-Item -Recurse C:\\ ; '" };
    const s = powershellSpec('ps.test', 'Write-Output 1', hostile);
    expect(s.argv.slice(0, -1)).toEqual([
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-OutputFormat',
      'Text',
      '-EncodedCommand',
    ]);
    expect(Buffer.from(s.argv.at(-1)!, 'base64').toString('utf16le')).toBe('Write-Output 1');
    expect(s.argv.join(' ')).not.toContain('Remove-Item');
    expect(JSON.parse(s.env!.GWS_DATA!)).toEqual(hostile);
  });

  it('gathers Windows facts in one PowerShell run that ends in one JSON object', () => {
    const s = windowsFactsSpec();
    expect(s.id).toBe('win.facts');
    expect(Buffer.from(s.argv.at(-1)!, 'base64').toString('utf16le')).toBe(WINDOWS_FACTS_SCRIPT);
    expect(encodePowerShell(WINDOWS_FACTS_SCRIPT)).toBe(s.argv.at(-1));
    // One JSON object, then its non-ASCII escaped so the output is ASCII in every code page.
    expect(WINDOWS_FACTS_SCRIPT).toMatch(/\$json = \$r \| ConvertTo-Json -Depth 4 -Compress\n/);
    expect(WINDOWS_FACTS_SCRIPT.trim().split('\n').at(-1)).toBe('-join $units');
    // Every probe the preflight promises is in the script.
    for (const needle of ['Win32_Processor', 'VirtualizationFirmwareEnabled', 'HypervisorPresent', 'Win32_OptionalFeature', 'RebootPending', 'LastBootUpTime', 'HKLM:\\SOFTWARE\\Policies\\WSL', 'Win32_LogicalDisk', 'ProxyServer', 'AutoConfigURL', 'WinHttpSettings', 'S-1-5-32-544', 'LanguageMode', 'OutputEncoding.CodePage', 'OEMCP']) {
      expect(WINDOWS_FACTS_SCRIPT).toContain(needle);
    }
    // WSL's policies are read where WSL reads them (wslpolicies.h), every one by its exact name.
    for (const name of WSL_POLICY_NAMES) expect(WINDOWS_FACTS_SCRIPT).toContain(`'${name}'`);
    expect(WINDOWS_FACTS_SCRIPT).not.toContain('Policies\\Microsoft\\Windows\\Lxss');
  });

  it('distro scripts go on stdin and their data as positional arguments', () => {
    const s = distroScriptSpec('go.install', { name: 'Ubuntu-24.04', user: 'root', script: 'go-install.sh', args: ['1.22.5', '$(reboot)'] }, '#!/bin/bash\necho "$1"\n');
    expect(s.argv).toEqual(['C:\\Windows\\System32\\wsl.exe', '-d', 'Ubuntu-24.04', '-u', 'root', '--exec', 'bash', '-s', '--', '1.22.5', '$(reboot)']);
    expect(s.stdin).toBe('#!/bin/bash\necho "$1"\n');
    expect(s.key).toBe('Ubuntu-24.04');
  });
});
