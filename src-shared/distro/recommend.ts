import { DEFAULT_DISTRO, inStandardSupport, isInternalDistro, releaseByName, UBUNTU_LTS, type DistroRelease } from './releases';

/**
 * Which distro to use, with reasons a beginner understands. Reasons are i18n
 * keys plus data (see messages.ts), never finished sentences, so the UI can
 * show them in zh-CN or English and a report can carry them as facts.
 *
 * Order of preference:
 *  1. reuse a healthy distro the user already has (WSL 2, an Ubuntu LTS still
 *     in standard support; the default distro and the newer release first):
 *     their files and habits are there, nothing to download;
 *  2. otherwise install Ubuntu-24.04 (or the newest Ubuntu LTS the online list offers);
 *  3. if that name is already installed but unhealthy (WSL 1), reuse it after converting.
 */
/** A row of `wsl -l -v` as src-shared/parse reads it (state/default may be unknown). */
export interface InstalledDistro {
  readonly name: string;
  readonly state: string | null;
  readonly version: number | null;
  readonly isDefault: boolean | null;
}

export interface OnlineDistro {
  readonly name: string;
  readonly friendlyName: string | null;
}

export type ReasonParams = Readonly<Record<string, string | number>>;
export interface Reason {
  readonly key: string;
  readonly params: ReasonParams;
}

export interface Option {
  readonly action: 'reuse' | 'install';
  readonly name: string;
  readonly release: DistroRelease | null;
  readonly needsV2: boolean;
  readonly reasons: readonly Reason[];
}

export interface Recommendation {
  readonly choice: Option;
  readonly alternatives: readonly Option[];
  /** Background every user should read once (glibc and moving cgo binaries). */
  readonly notes: readonly Reason[];
}

export interface RecommendInput {
  readonly installed: readonly InstalledDistro[];
  /** null when `wsl --list --online` failed (offline): we still know the usual names. */
  readonly online: readonly OnlineDistro[] | null;
  /** Today as YYYY-MM(-DD): supplied by the caller, so this stays pure and testable. */
  readonly today: string;
}

const r = (key: string, params: ReasonParams = {}): Reason => ({ key, params });

const BUSY_STATE = /installing|uninstalling|converting/i;

export function assessInstalled(d: InstalledDistro, today: string): Option & { healthy: boolean; rank: number } {
  const release = releaseByName(d.name);
  const reasons: Reason[] = [];
  let healthy = true;
  let rank = 0;
  if (isInternalDistro(d.name)) return { action: 'reuse', name: d.name, release, needsV2: false, reasons: [r('distro.reason.internal', { name: d.name })], healthy: false, rank: -1 };
  if (d.state !== null && BUSY_STATE.test(d.state)) {
    healthy = false;
    reasons.push(r('distro.reason.busy', { name: d.name, state: d.state }));
  }
  const needsV2 = d.version === 1;
  if (needsV2) {
    healthy = false;
    reasons.push(r('distro.reason.needsV2', { name: d.name }));
  }
  if (release) {
    if (inStandardSupport(release, today)) {
      reasons.push(r('distro.reason.ltsSupported', { name: release.name, until: release.standardSupportUntil, glibc: release.glibc }));
      rank += 10 + Number(release.version.replace('.', '')) / 10000;
    } else {
      healthy = false;
      reasons.push(r('distro.reason.supportEnded', { name: release.name, until: release.standardSupportUntil, proUntil: release.proSupportUntil }));
    }
  } else if (/^ubuntu$/i.test(d.name)) {
    // The Store's plain "Ubuntu" follows the latest LTS at install time; its exact version is read inside later.
    reasons.push(r('distro.reason.ubuntuRolling', { name: d.name }));
    rank += 5;
  } else {
    healthy = false;
    reasons.push(r('distro.reason.notUbuntu', { name: d.name }));
  }
  if (d.isDefault === true) {
    reasons.push(r('distro.reason.isDefault', { name: d.name }));
    rank += 1;
  }
  if (healthy) reasons.unshift(r('distro.reason.reuseHealthy', { name: d.name }));
  return { action: 'reuse', name: d.name, release, needsV2, reasons, healthy, rank };
}

function installOption(name: string, online: readonly OnlineDistro[] | null, isDefaultPick: boolean): Option {
  const release = releaseByName(name);
  const reasons: Reason[] = [];
  if (isDefaultPick) reasons.push(r('distro.reason.recommendedDefault', { name }));
  if (release) reasons.push(r('distro.reason.ltsSupported', { name, until: release.standardSupportUntil, glibc: release.glibc }));
  if (online === null) reasons.push(r('distro.reason.onlineListUnavailable', {}));
  return { action: 'install', name, release, needsV2: false, reasons };
}

/** The newest Ubuntu LTS in the online list, preferring our default. */
function pickInstallName(online: readonly OnlineDistro[] | null): string {
  if (online === null || online.some((o) => o.name.toLowerCase() === DEFAULT_DISTRO.toLowerCase())) return DEFAULT_DISTRO;
  const known = UBUNTU_LTS.find((rel) => online.some((o) => o.name.toLowerCase() === rel.name.toLowerCase()));
  if (known) return known.name;
  const lts = online
    .map((o) => /^Ubuntu-(\d\d)\.04$/i.exec(o.name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(b[1]) - Number(a[1]))[0];
  return lts ? (lts[0] as string) : 'Ubuntu';
}

export function recommend(input: RecommendInput): Recommendation {
  const assessed = input.installed.map((d) => assessInstalled(d, input.today)).filter((a) => a.rank >= 0);
  const healthy = assessed.filter((a) => a.healthy).sort((a, b) => b.rank - a.rank);
  const installName = pickInstallName(input.online);
  const notes = [
    r('distro.note.versions', { n24: '24.04', g24: '2.39', n22: '22.04', g22: '2.35', n20: '20.04', g20: '2.31' }),
    r('distro.note.cgoMoves', { catalogId: 'GLIBC_MISMATCH' }),
  ];
  const strip = ({ healthy: _h, rank: _r, ...o }: Option & { healthy: boolean; rank: number }): Option => o;

  const best = healthy[0];
  if (best) {
    // Installing a name that is already registered would only fail (DISTRO_ALREADY_EXISTS): offer it only when it is new.
    const taken = input.installed.some((d) => d.name.toLowerCase() === installName.toLowerCase());
    const install = taken ? [] : [installOption(installName, input.online, false)];
    return { choice: strip(best), alternatives: [...healthy.slice(1).map(strip), ...otherInstalled(assessed, best.name), ...install], notes };
  }
  const clash = assessed.find((a) => a.name.toLowerCase() === installName.toLowerCase());
  if (clash) {
    // Installing would fail with DISTRO_ALREADY_EXISTS: use what is there, converted, or back it up and start over.
    const choice: Option = { ...strip(clash), reasons: [r('distro.reason.alreadyInstalledFixable', { name: clash.name }), ...clash.reasons] };
    return { choice, alternatives: otherInstalled(assessed, clash.name), notes };
  }
  return { choice: installOption(installName, input.online, true), alternatives: otherInstalled(assessed, null), notes };
}

function otherInstalled(assessed: readonly (Option & { healthy: boolean; rank: number })[], except: string | null): Option[] {
  return assessed.filter((a) => a.name !== except && !a.healthy).map(({ healthy: _h, rank: _r, ...o }) => o);
}
