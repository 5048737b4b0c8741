import fs from 'node:fs';
import { isPackaged } from '../packaged';

/**
 * Absolute paths of the Windows tools we run. Calling them by absolute path
 * avoids PATH hijacking; the app is 64-bit, so System32 is the real one
 * (a 32-bit process would need Sysnative).
 *
 * The Windows folder itself must not come from %SystemRoot% in the installed
 * app: environment variables are the user's (or a parent process's) to set,
 * and a SystemRoot pointing elsewhere would make us run another "wsl.exe" or,
 * through UAC, another "dism.exe". Windows' own answer (GetWindowsDirectory,
 * the FOLDERID_Windows known folder) is the kernel's \SystemRoot object, which
 * is set at boot and cannot be changed by a user. Node has no FFI to call
 * SHGetKnownFolderPath, and asking PowerShell would need the very path we look
 * for, so we resolve that object as a path: `\\?\GLOBALROOT\SystemRoot` opened
 * and turned into its final DOS path (fs.realpathSync.native does exactly
 * GetFinalPathNameByHandle). The Windows CI job checks that it equals
 * [Environment]::GetFolderPath('Windows') on a real machine. When it cannot be
 * resolved: C:\Windows, Windows' fixed default, never the environment.
 * Development runs (not packaged) honour %SystemRoot% so a test can redirect it.
 */
export const DEFAULT_WINDOWS_DIR = 'C:\\Windows';
export const KERNEL_SYSTEM_ROOT = '\\\\?\\GLOBALROOT\\SystemRoot';

export interface WindowsDirOptions {
  platform?: NodeJS.Platform;
  packaged?: boolean;
  env?: NodeJS.ProcessEnv;
  realpath?: (p: string) => string;
}

export function windowsDirectory(options: WindowsDirOptions = {}): string {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') return DEFAULT_WINDOWS_DIR;
  const packaged = options.packaged ?? isPackaged();
  const env = options.env ?? process.env;
  if (!packaged && env.SystemRoot) return env.SystemRoot;
  try {
    const resolved = (options.realpath ?? fs.realpathSync.native)(KERNEL_SYSTEM_ROOT).replace(/^\\\\\?\\/, '');
    // Only a drive path is an answer (C:\Windows); anything else (a device path) is not usable for CreateProcess.
    return /^[A-Za-z]:\\[^<>:"|?*]+$/.test(resolved) ? resolved.replace(/\\+$/, '') : DEFAULT_WINDOWS_DIR;
  } catch {
    return DEFAULT_WINDOWS_DIR;
  }
}

let cached: string | null = null;
/** Resolved on first use (after main has said whether it is packaged), then fixed for the process. */
function systemRoot(): string {
  if (cached === null) cached = windowsDirectory();
  return cached;
}

const inSystem32 = (rel: string): string => `${systemRoot()}\\System32\\${rel}`;

export const windowsPaths = {
  get systemRoot() {
    return systemRoot();
  },
  get wsl() {
    return inSystem32('wsl.exe');
  },
  get powershell() {
    return inSystem32('WindowsPowerShell\\v1.0\\powershell.exe');
  },
  get dism() {
    return inSystem32('dism.exe');
  },
  get bcdedit() {
    return inSystem32('bcdedit.exe');
  },
  get shutdown() {
    return inSystem32('shutdown.exe');
  },
  get reg() {
    return inSystem32('reg.exe');
  },
  get taskkill() {
    return inSystem32('taskkill.exe');
  },
  get msiexec() {
    return inSystem32('msiexec.exe');
  },
} as const;
