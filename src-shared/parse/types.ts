/**
 * What each parser returns: the shapes of `go-wsl-doctor parse --kind KIND`
 * (DOCTOR-CLI.md). Unknown or missing values are null, never guessed.
 */

/** wsl.exe's distro states, normalised; any other word is kept raw. */
export type KnownDistroState = 'Running' | 'Stopped' | 'Installing' | 'Converting' | 'Uninstalling';

export interface ListedDistro {
  name: string;
  state: KnownDistroState | string | null;
  version: number | null;
  /** null when no row of the list carries a default marker (WSL 2.4.4 dropped the `*`). */
  isDefault: boolean | null;
}

export interface WslListVerbose {
  /** [] when wsl.exe said there are none; null when no list was found at all. */
  distros: ListedDistro[] | null;
}

export interface WslStatus {
  defaultDistro: string | null;
  defaultVersion: number | null;
}

export interface WslVersion {
  wslVersion: string | null;
  kernelVersion: string | null;
  windowsVersion: string | null;
}

export interface OnlineDistro {
  name: string;
  friendlyName: string | null;
}

export interface WslListOnline {
  distros: OnlineDistro[] | null;
}

export interface HyperVRequirements {
  hypervisorDetected: boolean | null;
  vmMonitorModeExtensions: boolean | null;
  virtualizationEnabledInFirmware: boolean | null;
  secondLevelAddressTranslation: boolean | null;
  dataExecutionPrevention: boolean | null;
}

export interface SystemInfo {
  hyperV: HyperVRequirements;
}

export interface GoEnv {
  /** Empty object when nothing looked like `go env` output. */
  vars: Record<string, string>;
}

export interface ResolvConf {
  nameservers: string[];
  /** null when no resolv.conf content was found. */
  generatedByWsl: boolean | null;
  search: string[];
}
