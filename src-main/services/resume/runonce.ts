import { windowsPaths } from '../../host/commands/windows-paths';
import { quoteWindowsArg } from '../../host/elevation';
import type { CommandSpec } from '../../host/types';

/**
 * Resume after a restart: a RunOnce value under HKCU (no administrator rights;
 * Windows runs it once at the user's next sign-in and deletes it), starting
 * the app with --resume. The value is a command line, so the exe path is
 * quoted by the CommandLineToArgvW rules; reg.exe itself gets an argv array.
 */
export const RUNONCE_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce';
export const RUNONCE_VALUE = 'GoWslSetup';
export const RESUME_FLAG = '--resume';

/** `extraArgs`: what else the resumed start needs (the unattended run passes `--unattended --preset FILE`), each quoted. */
export function runOnceCommandLine(exePath: string, extraArgs: readonly string[] = []): string {
  return [quoteWindowsArg(exePath), RESUME_FLAG, ...extraArgs.map(quoteWindowsArg)].join(' ');
}

export function registerResumeSpec(exePath: string, extraArgs: readonly string[] = []): CommandSpec {
  return {
    id: 'system.resume-register',
    argv: [windowsPaths.reg, 'add', RUNONCE_KEY, '/v', RUNONCE_VALUE, '/t', 'REG_SZ', '/d', runOnceCommandLine(exePath, extraArgs), '/f'],
    decode: 'auto',
    mutates: true,
    timeoutMs: 30_000,
    title: 'Register resume after restart',
  };
}

/** Resumed by hand (or the user changed their mind): the entry must not start the app again later. */
export function unregisterResumeSpec(): CommandSpec {
  return {
    id: 'system.resume-unregister',
    argv: [windowsPaths.reg, 'delete', RUNONCE_KEY, '/v', RUNONCE_VALUE, '/f'],
    decode: 'auto',
    mutates: true,
    timeoutMs: 30_000,
    title: 'Remove resume entry',
  };
}

/** A restart in a few seconds, so the app can save and close first; the comment shows in Windows' notice. */
export const REBOOT_DELAY_SECONDS = 5;

/**
 * Restart straight into the PC's UEFI firmware settings (where virtualization
 * is switched on). shutdown.exe's /fw, per its help text and Microsoft's
 * shutdown reference (learn.microsoft.com/windows-server/administration/
 * windows-commands/shutdown): "Combine with a shutdown option to cause the next
 * boot to go to the firmware user interface"; it works on UEFI firmware only.
 * /t 0: at once, and without /t's implied /f, so programs are not force-closed.
 */
export function firmwareRebootSpec(): CommandSpec {
  return {
    id: 'system.reboot-firmware',
    argv: [windowsPaths.shutdown, '/r', '/fw', '/t', '0'],
    decode: 'auto',
    mutates: true,
    timeoutMs: 30_000,
    title: 'Restart into UEFI settings',
  };
}

export function rebootSpec(): CommandSpec {
  return {
    id: 'system.reboot',
    argv: [windowsPaths.shutdown, '/r', '/t', String(REBOOT_DELAY_SECONDS), '/c', 'Go on WSL setup: restarting to finish installing WSL.'],
    decode: 'auto',
    mutates: true,
    timeoutMs: 30_000,
    title: 'Restart Windows',
  };
}
