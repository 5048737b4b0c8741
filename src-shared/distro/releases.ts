/**
 * What a beginner needs to know about the Ubuntu LTS images WSL offers.
 * Dates are year-month from Canonical's release-cycle page (ubuntu.com/about/release-cycle):
 * 5 years of standard security maintenance, 10 with Ubuntu Pro. glibc is the
 * version each release ships: a cgo-built binary needs at least the glibc it
 * was linked against, so it runs on the same or a NEWER release, not an older one
 * (catalog GLIBC_MISMATCH). Pure-Go binaries (CGO_ENABLED=0) move freely.
 */
export interface DistroRelease {
  /** The name `wsl --install -d` takes. */
  readonly name: string;
  readonly family: 'ubuntu';
  readonly version: string;
  readonly codename: string;
  readonly glibc: string;
  /** YYYY-MM */
  readonly released: string;
  readonly standardSupportUntil: string;
  readonly proSupportUntil: string;
}

export const UBUNTU_LTS: readonly DistroRelease[] = [
  { name: 'Ubuntu-24.04', family: 'ubuntu', version: '24.04', codename: 'noble', glibc: '2.39', released: '2024-04', standardSupportUntil: '2029-04', proSupportUntil: '2034-04' },
  { name: 'Ubuntu-22.04', family: 'ubuntu', version: '22.04', codename: 'jammy', glibc: '2.35', released: '2022-04', standardSupportUntil: '2027-04', proSupportUntil: '2032-04' },
  // 20.04's standard support was extended to the end of May 2025.
  { name: 'Ubuntu-20.04', family: 'ubuntu', version: '20.04', codename: 'focal', glibc: '2.31', released: '2020-04', standardSupportUntil: '2025-05', proSupportUntil: '2030-04' },
];

export const DEFAULT_DISTRO = 'Ubuntu-24.04';

export function releaseByName(name: string): DistroRelease | null {
  return UBUNTU_LTS.find((r) => r.name.toLowerCase() === name.toLowerCase()) ?? null;
}

/** `YYYY-MM` strings compare correctly as strings. */
export function inStandardSupport(r: DistroRelease, today: string): boolean {
  return today.slice(0, 7) <= r.standardSupportUntil;
}

/**
 * Distros that tools register for their own use: never offered to the user as
 * "your Linux" (installing Go into docker-desktop would break Docker Desktop).
 */
export function isInternalDistro(name: string): boolean {
  return /^(docker-desktop(-data)?|rancher-desktop(-data)?|podman-machine.*|podman-net-usermode)$/i.test(name);
}
