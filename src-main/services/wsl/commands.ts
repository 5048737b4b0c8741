import { windowsPaths } from '../../host/commands/windows-paths';
import { powershellSpec } from '../../host/commands/powershell';
import { wsl } from '../../host/commands/wsl';
import type { CommandSpec } from '../../host/types';
import { msiAssetPattern, WSL_MSI_SCRIPT, WSL_RELEASE_API } from './msi-script';

/**
 * The Windows commands of the Install WSL step and the Preflight fixes, as
 * argv arrays. The spec id is what a recorded machine answers by; the key
 * tells variants apart (the --web-download retry, one DISM feature).
 * wsl.exe specs come from the one wsl() helper (WSL_UTF8=1, sniffed output).
 */

/** `wsl --install` downloads the WSL package: minutes on a slow line, and it can sit at 0.0 % (FIELD-NOTES). */
const INSTALL_TIMEOUT_MS = 20 * 60_000;

export const WINDOWS_FEATURES = ['VirtualMachinePlatform', 'Microsoft-Windows-Subsystem-Linux'] as const;

export const wslActions = {
  install: (webDownload: boolean): CommandSpec =>
    wsl('wsl.install', ['--install', '--no-distribution', ...(webDownload ? ['--web-download'] : [])], {
      ...(webDownload ? { key: 'web-download' } : {}),
      elevated: true,
      mutates: true,
      timeoutMs: INSTALL_TIMEOUT_MS,
      title: webDownload ? 'wsl --install (web download)' : 'wsl --install',
    }),

  update: (webDownload: boolean): CommandSpec =>
    wsl('wsl.update', ['--update', ...(webDownload ? ['--web-download'] : [])], {
      ...(webDownload ? { key: 'web-download' } : {}),
      elevated: true,
      mutates: true,
      timeoutMs: INSTALL_TIMEOUT_MS,
      title: webDownload ? 'wsl --update (web download)' : 'wsl --update',
    }),

  /** The Store WSL from its GitHub MSI, SHA-256 checked (msi-script.ts): the route for the old in-box wsl.exe. */
  installMsi: (architecture: string | null): CommandSpec =>
    powershellSpec(
      'wsl.install-msi',
      WSL_MSI_SCRIPT,
      { releaseApi: WSL_RELEASE_API, assetPattern: msiAssetPattern(architecture) },
      { elevated: true, mutates: true, timeoutMs: INSTALL_TIMEOUT_MS, title: 'WSL package (MSI from GitHub)' },
    ),

  /** Per user (HKCU\...\Lxss DefaultVersion): no administrator rights needed. */
  setDefaultVersion2: (): CommandSpec => wsl('wsl.set-default-version', ['--set-default-version', '2'], { mutates: true, timeoutMs: 60_000, title: 'wsl --set-default-version 2' }),

  /**
   * Both features in one DISM run (DISM takes /FeatureName more than once),
   * so the user answers one UAC prompt. /norestart: the wizard asks about the
   * restart itself; DISM then exits 3010 when one is needed.
   */
  enableFeatures: (): CommandSpec => ({
    id: 'windows.enable-features',
    argv: [windowsPaths.dism, '/online', '/enable-feature', ...WINDOWS_FEATURES.map((f) => `/featurename:${f}`), '/all', '/norestart'],
    decode: 'auto',
    elevated: true,
    mutates: true,
    timeoutMs: 15 * 60_000,
    title: 'DISM: enable Windows features',
    // 3010 (ERROR_SUCCESS_REBOOT_REQUIRED): done, and Windows wants the restart the wizard asks for next.
    answerExits: [3010],
  }),

  /**
   * No `{current}` argument: bcdedit /set without an identifier edits the
   * current entry, and there is no brace for PowerShell to mangle
   * (BCDEDIT_QUOTING). We never go through a shell anyway.
   */
  hypervisorAuto: (): CommandSpec => ({
    id: 'windows.hypervisor-auto',
    argv: [windowsPaths.bcdedit, '/set', 'hypervisorlaunchtype', 'auto'],
    decode: 'auto',
    elevated: true,
    mutates: true,
    timeoutMs: 60_000,
    title: 'bcdedit: hypervisorlaunchtype auto',
  }),
};

/** DISM's "done, restart needed" (ERROR_SUCCESS_REBOOT_REQUIRED) and msiexec's (3010 too). */
export const EXIT_SUCCESS_REBOOT_REQUIRED = 3010;
