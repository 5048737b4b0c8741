/** A release list in the shape of https://go.dev/dl/?mode=json (only the fields the real one has). */
export interface FixtureRelease {
  version: string;
  stable: boolean;
  filename: string;
  sha256: string;
  size: number;
  arch?: string;
}

export function releaseListJson(releases: readonly FixtureRelease[]): string {
  return JSON.stringify(
    releases.map((r) => ({
      version: r.version,
      stable: r.stable,
      files: [
        { filename: `${r.version}.src.tar.gz`, os: '', arch: '', version: r.version, sha256: '0'.repeat(64), size: 1, kind: 'source' },
        { filename: r.filename, os: 'linux', arch: r.arch ?? 'amd64', version: r.version, sha256: r.sha256, size: r.size, kind: 'archive' },
        { filename: `${r.version}.windows-amd64.msi`, os: 'windows', arch: 'amd64', version: r.version, sha256: '1'.repeat(64), size: 1, kind: 'installer' },
      ],
    })),
  );
}
