/**
 * Absolute paths of the Windows tools we run. Calling them by absolute path
 * avoids PATH hijacking; the app is 64-bit, so System32 is the real one
 * (a 32-bit process would need Sysnative).
 */
const systemRoot = process.env.SystemRoot ?? 'C:\\Windows';

export const windowsPaths = {
  systemRoot,
  wsl: `${systemRoot}\\System32\\wsl.exe`,
  powershell: `${systemRoot}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`,
  dism: `${systemRoot}\\System32\\dism.exe`,
  bcdedit: `${systemRoot}\\System32\\bcdedit.exe`,
  shutdown: `${systemRoot}\\System32\\shutdown.exe`,
  reg: `${systemRoot}\\System32\\reg.exe`,
} as const;
