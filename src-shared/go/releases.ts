import { z } from 'zod';
import { compareGoVersions, parseGoVersion } from './version';

/**
 * The official release list (https://go.dev/dl/?mode=json&include=all, same
 * shape on golang.google.cn). It is the only source of checksums: a mirror
 * that serves a file never gets to say what the file should hash to.
 */
export const ReleaseFile = z.object({
  filename: z.string().regex(/^[A-Za-z0-9._-]+$/, 'a plain file name'),
  os: z.string(),
  arch: z.string(),
  version: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  kind: z.string(),
});
export type ReleaseFile = z.infer<typeof ReleaseFile>;

export const Release = z.object({
  version: z.string(),
  stable: z.boolean(),
  files: z.array(z.unknown()),
});

export interface GoRelease {
  readonly version: string;
  readonly stable: boolean;
  /** The linux archive for the requested arch, or null when the release has none. */
  readonly archive: ReleaseFile | null;
}

/**
 * Parse the list; keep releases with a well-formed version, newest first. A
 * malformed file entry is dropped rather than failing the whole list (old
 * entries in the real list lack fields), but a missing or malformed checksum
 * never yields an archive.
 */
export function parseReleaseList(json: unknown, arch: string): GoRelease[] {
  const list = z.array(Release).parse(json);
  const out: GoRelease[] = [];
  for (const r of list) {
    if (!parseGoVersion(r.version)) continue;
    let archive: ReleaseFile | null = null;
    for (const raw of r.files) {
      const f = ReleaseFile.safeParse(raw);
      if (!f.success) continue;
      if (f.data.os === 'linux' && f.data.arch === arch && f.data.kind === 'archive' && f.data.filename.endsWith('.tar.gz')) {
        archive = f.data;
        break;
      }
    }
    out.push({ version: r.version, stable: r.stable, archive });
  }
  return out.sort((a, b) => compareGoVersions(b.version, a.version));
}

/** The default choice: the newest stable release that has an archive for this arch. */
export function latestStable(releases: readonly GoRelease[]): GoRelease | null {
  return releases.find((r) => r.stable && r.archive !== null) ?? null;
}

/** A specific version, or the default when none is asked for. */
export function chooseRelease(releases: readonly GoRelease[], version?: string): GoRelease | null {
  if (!version) return latestStable(releases);
  return releases.find((r) => r.version === version && r.archive !== null) ?? null;
}

/** `uname -m` -> Go's GOARCH name; null for machines Go ships no linux archive for. */
export function goArchFromUname(machine: string): string | null {
  const m = machine.trim();
  const map: Record<string, string> = { x86_64: 'amd64', amd64: 'amd64', aarch64: 'arm64', arm64: 'arm64', i686: '386', i386: '386', armv7l: 'armv6l', armv6l: 'armv6l' };
  return map[m] ?? null;
}
