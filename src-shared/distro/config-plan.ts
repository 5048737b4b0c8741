import type { Setting } from '../ini/ensure';
import type { Reason } from './recommend';

/**
 * Which settings go into our marked blocks, decided from the user's choices
 * and what this machine supports. The values are exactly what is written
 * after '=' in the file.
 */
const r = (key: string, params: Record<string, string | number> = {}): Reason => ({ key, params });

export const WSLCONF_BLOCK = 'config';
export const WSLCONF_USER_BLOCK = 'user';
export const WSLCONFIG_BLOCK = 'config';

export interface WslConfChoices {
  readonly systemd: boolean;
  /** metadata: Linux permissions on /mnt/c stick (catalog MNT_PERMISSION); umask/fmask: sane defaults for Windows files. */
  readonly automountMetadata: boolean;
  /** 'wsl' lets WSL write /etc/resolv.conf; 'manual' stops it so a fixed resolv.conf survives restarts (the network step writes it). */
  readonly dns: 'wsl' | 'manual';
  /** 'off' keeps Windows' PATH out of the distro (so `go` never finds a Windows go.exe, and lookups stay fast). */
  readonly appendWindowsPath: 'keep' | 'off';
}

export const DEFAULT_WSLCONF_CHOICES: WslConfChoices = { systemd: true, automountMetadata: true, dns: 'wsl', appendWindowsPath: 'keep' };

/** systemd in WSL needs the Store WSL 0.67.6 or later (September 2022). */
export const MIN_WSL_FOR_SYSTEMD = '0.67.6';
/**
 * networkingMode / dnsTunneling / autoProxy: Windows 11 22H2 (build 22621) for
 * mirrored and DNS tunneling, Windows 11 (22000) for autoProxy, and a WSL whose
 * [wsl2] section knows them (they began under [experimental] in 2.0.0 and left
 * it in late 2023; 2.0.9 is our conservative floor).
 */
export const MIN_BUILD_MIRRORED = 22621;
export const MIN_BUILD_AUTOPROXY = 22000;
export const MIN_WSL_FOR_NETWORKING_KEYS = '2.0.9';

/** Compare dotted versions numerically; null (unknown) is below everything. */
export function versionAtLeast(version: string | null, min: string): boolean {
  if (!version) return false;
  const a = version.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const b = min.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export function wslConfPlan(choices: WslConfChoices, wslVersion: string | null): { settings: Setting[]; advice: Reason[] } {
  const settings: Setting[] = [];
  const advice: Reason[] = [];
  if (choices.systemd) {
    if (versionAtLeast(wslVersion, MIN_WSL_FOR_SYSTEMD)) settings.push({ section: 'boot', key: 'systemd', value: 'true' });
    else advice.push(r('distro.advice.systemdUnsupported', { min: MIN_WSL_FOR_SYSTEMD, found: wslVersion ?? '?' }));
  }
  if (choices.automountMetadata) settings.push({ section: 'automount', key: 'options', value: '"metadata,umask=22,fmask=11"' });
  settings.push({ section: 'network', key: 'generateResolvConf', value: choices.dns === 'manual' ? 'false' : 'true' });
  if (choices.appendWindowsPath === 'off') settings.push({ section: 'interop', key: 'appendWindowsPath', value: 'false' });
  else advice.push(r('distro.advice.appendWindowsPath', {}));
  return { settings, advice };
}

export function defaultUserSettings(username: string): Setting[] {
  return [{ section: 'user', key: 'default', value: username }];
}

export interface WslConfigChoices {
  readonly mirrored: boolean;
  readonly dnsTunneling: boolean;
  readonly autoProxy: boolean;
}

export const DEFAULT_WSLCONFIG_CHOICES: WslConfigChoices = { mirrored: true, dnsTunneling: true, autoProxy: true };

export function wslConfigPlan(
  choices: WslConfigChoices,
  machine: { windowsBuild: number | null; wslVersion: string | null; mirroredAllowed?: boolean },
): { settings: Setting[]; advice: Reason[] } {
  const settings: Setting[] = [];
  const advice: Reason[] = [];
  const build = machine.windowsBuild ?? 0;
  const keysKnown = versionAtLeast(machine.wslVersion, MIN_WSL_FOR_NETWORKING_KEYS);
  // A group policy that ignores the user's networkingMode (AllowNetworkingModeUserSetting=0) makes the suggestion a lie.
  const policyAllows = machine.mirroredAllowed !== false;
  const mirroredOk = build >= MIN_BUILD_MIRRORED && keysKnown && policyAllows;
  if (choices.mirrored && mirroredOk) settings.push({ section: 'wsl2', key: 'networkingMode', value: 'mirrored' });
  if (choices.dnsTunneling && mirroredOk) settings.push({ section: 'wsl2', key: 'dnsTunneling', value: 'true' });
  if (choices.autoProxy && build >= MIN_BUILD_AUTOPROXY && keysKnown) settings.push({ section: 'wsl2', key: 'autoProxy', value: 'true' });
  if (!policyAllows) advice.push(r('distro.advice.networkingPolicy', {}));
  if (!mirroredOk) {
    // NAT: a Windows proxy on 127.0.0.1 is not reachable from the distro; it must allow LAN and be addressed by the host IP.
    advice.push(r('distro.advice.natGuidance', { build, minBuild: MIN_BUILD_MIRRORED, wsl: machine.wslVersion ?? '?', minWsl: MIN_WSL_FOR_NETWORKING_KEYS }));
  }
  return { settings, advice };
}
