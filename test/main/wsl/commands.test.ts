import { describe, expect, it } from 'vitest';
import { elevationSpec } from '../../../src-main/host/elevation';
import { windowsFactsSpec, WINDOWS_FACTS_SCRIPT } from '../../../src-main/host/commands/windows-facts';
import { wslCommands } from '../../../src-main/host/commands/wsl';
import type { CommandSpec } from '../../../src-main/host/types';
import { firmwareRebootSpec, rebootSpec, registerResumeSpec, runOnceCommandLine, unregisterResumeSpec } from '../../../src-main/services/resume';
import { wslActions } from '../../../src-main/services/wsl';
import { decodePowerShell, parseWindowsArgs } from './support/cmdline';

/**
 * The argv of every Windows command the WSL step, the fixes and the restart
 * run: absolute System32 paths, one argument per element (never a command
 * line in one string), PowerShell only through -EncodedCommand with data as JSON.
 */
const SYSTEM32 = /^C:\\Windows\\System32\\/i;

function expectArgv(spec: CommandSpec, file: RegExp, args: string[]) {
  expect(spec.argv[0]).toMatch(SYSTEM32);
  expect(spec.argv[0]).toMatch(file);
  expect(spec.argv.slice(1)).toEqual(args);
}

describe('argv of the Windows commands', () => {
  it('wsl --install --no-distribution, elevated, and its --web-download variant', () => {
    const store = wslActions.install(false);
    expectArgv(store, /\\wsl\.exe$/, ['--install', '--no-distribution']);
    expect(store).toMatchObject({ id: 'wsl.install', elevated: true, mutates: true, env: { WSL_UTF8: '1' } });
    expect(store.key).toBeUndefined();
    const web = wslActions.install(true);
    expectArgv(web, /\\wsl\.exe$/, ['--install', '--no-distribution', '--web-download']);
    expect(web).toMatchObject({ id: 'wsl.install', key: 'web-download', elevated: true });
  });

  it('wsl --update (and --web-download), elevated', () => {
    expectArgv(wslActions.update(false), /\\wsl\.exe$/, ['--update']);
    expectArgv(wslActions.update(true), /\\wsl\.exe$/, ['--update', '--web-download']);
    expect(wslActions.update(true)).toMatchObject({ id: 'wsl.update', key: 'web-download', elevated: true });
  });

  it('wsl --set-default-version 2 runs as the user (HKCU)', () => {
    const s = wslActions.setDefaultVersion2();
    expectArgv(s, /\\wsl\.exe$/, ['--set-default-version', '2']);
    expect(s.elevated).toBeUndefined();
  });

  it('DISM enables both features in one elevated run, without restarting by itself', () => {
    const s = wslActions.enableFeatures();
    expectArgv(s, /\\dism\.exe$/, ['/online', '/enable-feature', '/featurename:VirtualMachinePlatform', '/featurename:Microsoft-Windows-Subsystem-Linux', '/all', '/norestart']);
    expect(s.elevated).toBe(true);
  });

  it('bcdedit sets hypervisorlaunchtype auto with no {current} for anything to mangle', () => {
    const s = wslActions.hypervisorAuto();
    expectArgv(s, /\\bcdedit\.exe$/, ['/set', 'hypervisorlaunchtype', 'auto']);
    expect(s.argv.join(' ')).not.toMatch(/[{}]/);
    expect(s.elevated).toBe(true);
  });

  it('shutdown /r /t 5 with its comment as one argument', () => {
    const s = rebootSpec();
    expectArgv(s, /\\shutdown\.exe$/, ['/r', '/t', '5', '/c', 'Go on WSL setup: restarting to finish installing WSL.']);
    expect(s.mutates).toBe(true);
  });

  it('shutdown /r /fw /t 0: into the UEFI settings at once, each flag its own argument, no /f', () => {
    const s = firmwareRebootSpec();
    expectArgv(s, /\\shutdown\.exe$/, ['/r', '/fw', '/t', '0']);
    expect(s.argv).not.toContain('/f');
    expect(s.mutates).toBe(true);
    expect(s.elevated).toBeFalsy();
  });

  it('reg add HKCU RunOnce: the value is the quoted exe and --resume, and reads back as that argv', () => {
    const exe = 'C:\\Program Files\\Go on WSL Setup\\Go on WSL Setup.exe';
    const s = registerResumeSpec(exe);
    expectArgv(s, /\\reg\.exe$/, [
      'add',
      'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce',
      '/v',
      'GoWslSetup',
      '/t',
      'REG_SZ',
      '/d',
      '"C:\\Program Files\\Go on WSL Setup\\Go on WSL Setup.exe" --resume',
      '/f',
    ]);
    expect(parseWindowsArgs(runOnceCommandLine(exe))).toEqual([exe, '--resume']);
    // A path with a quote or a trailing backslash cannot break out of its argument.
    const odd = 'C:\\Users\\a"b\\app dir\\';
    expect(parseWindowsArgs(runOnceCommandLine(odd))).toEqual([odd, '--resume']);
    // The unattended run resumes as itself: its preset path (spaces, a trailing backslash) comes back whole.
    const preset = 'C:\\ProgramData\\go wsl setup\\lab "A"\\go-wsl-setup.preset.json';
    expect(parseWindowsArgs(runOnceCommandLine(exe, ['--unattended', '--preset', preset]))).toEqual([exe, '--resume', '--unattended', '--preset', preset]);
    expect(registerResumeSpec(exe, ['--unattended', '--preset', preset]).argv[8]).toBe(runOnceCommandLine(exe, ['--unattended', '--preset', preset]));
    expectArgv(unregisterResumeSpec(), /\\reg\.exe$/, ['delete', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce', '/v', 'GoWslSetup', '/f']);
  });

  it('the probes the step re-detects with: wsl --version, wsl -l -v, and the facts PowerShell', () => {
    expectArgv(wslCommands.version(), /\\wsl\.exe$/, ['--version']);
    expectArgv(wslCommands.listVerbose(), /\\wsl\.exe$/, ['--list', '--verbose']);
    const facts = windowsFactsSpec();
    expect(facts.argv[0]).toMatch(/\\powershell\.exe$/);
    const enc = facts.argv.indexOf('-EncodedCommand');
    expect(enc).toBe(facts.argv.length - 2);
    expect(decodePowerShell(facts.argv[enc + 1]!)).toBe(WINDOWS_FACTS_SCRIPT);
  });

  it('every elevated command goes through the encoded PowerShell with its argv as JSON data', () => {
    const elevated = [wslActions.install(false), wslActions.install(true), wslActions.update(false), wslActions.update(true), wslActions.enableFeatures(), wslActions.hypervisorAuto()];
    for (const spec of elevated) {
      const { outer, inner } = elevationSpec(spec, { root: 'C:\\Windows\\Temp', name: 'gws-1', reader: 'PC\\u', cancel: 'C:\\T\\cancel' });
      expect(outer.argv.filter((a) => a === '-EncodedCommand')).toHaveLength(1);
      expect(outer.argv.some((a) => a.includes(inner.file))).toBe(false);
      expect([inner.file, ...parseWindowsArgs(inner.commandLine)]).toEqual(spec.argv);
    }
  });
});
