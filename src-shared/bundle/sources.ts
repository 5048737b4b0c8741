import { z } from 'zod';
import { isBundleFileName } from './manifest';

/**
 * Where a bundle's WSL package and distro image come from, and which checksum
 * vouches for each, read from the lists Microsoft publishes. Pure: the main
 * side fetches the JSON, these functions pick the file.
 *
 * - The WSL MSI: the GitHub release of microsoft/WSL
 *   (https://api.github.com/repos/microsoft/WSL/releases/latest, the same list
 *   the in-box MSI route of services/wsl reads). Assets are named
 *   `wsl.<version>.x64.msi` / `.arm64.msi`; GitHub publishes each asset's
 *   SHA-256 as `digest: "sha256:<hex>"`. No digest, no file.
 * - The distro image: microsoft/WSL's distributions/DistributionInfo.json, the
 *   manifest wsl.exe itself reads for `wsl --install -d`. Its
 *   "ModernDistributions" entries give a `.wsl` (tar) URL and its Sha256 per
 *   architecture. Some entries write the hash as `0x<hex>` (the openSUSE and
 *   SUSE ones) or in capitals; both are normalised here.
 */
export const WSL_DISTRIBUTION_INFO_URL = 'https://raw.githubusercontent.com/microsoft/WSL/master/distributions/DistributionInfo.json';
export const WSL_LATEST_RELEASE_API = 'https://api.github.com/repos/microsoft/WSL/releases/latest';

export interface PickedFile {
  readonly url: string;
  readonly sha256: string;
  /** Known from the list (GitHub assets), or null (DistributionInfo.json gives none: taken from the download). */
  readonly size: number | null;
  readonly file: string;
}

export function normaliseSha256(s: string): string | null {
  const hex = s.trim().replace(/^0x/i, '').replace(/^sha256:/i, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

const Asset = z.looseObject({ name: z.string(), browser_download_url: z.string(), size: z.number().int().positive(), digest: z.string().nullish() });
const Release = z.looseObject({ tag_name: z.string(), assets: z.array(z.unknown()) });

export type MsiPick = { ok: true; file: PickedFile; version: string; arch: 'x64' | 'arm64' } | { ok: false; reason: string };

export function pickWslMsi(json: unknown, arch: 'x64' | 'arm64', trusted: (url: string) => boolean = httpsUrl): MsiPick {
  const rel = Release.safeParse(json);
  if (!rel.success) return { ok: false, reason: 'not a GitHub release' };
  const version = rel.data.tag_name.replace(/^v/, '');
  if (!/^[0-9]+(\.[0-9]+){1,3}$/.test(version)) return { ok: false, reason: `unexpected release tag ${rel.data.tag_name}` };
  const suffix = `.${arch}.msi`;
  for (const raw of rel.data.assets) {
    const a = Asset.safeParse(raw);
    if (!a.success || !a.data.name.startsWith('wsl.') || !a.data.name.endsWith(suffix)) continue;
    if (!isBundleFileName(a.data.name)) return { ok: false, reason: `unexpected asset name ${a.data.name}` };
    const sha = a.data.digest ? normaliseSha256(a.data.digest) : null;
    if (!sha || !/^sha256:/i.test(a.data.digest ?? '')) return { ok: false, reason: `GitHub publishes no SHA-256 for ${a.data.name}` };
    if (!trusted(a.data.browser_download_url)) return { ok: false, reason: `not an https URL: ${a.data.browser_download_url}` };
    return { ok: true, version, arch, file: { url: a.data.browser_download_url, sha256: sha, size: a.data.size, file: a.data.name } };
  }
  return { ok: false, reason: `no wsl.*${suffix} in release ${rel.data.tag_name}` };
}

const UrlEntry = z.looseObject({ Url: z.string(), Sha256: z.string() });
const Modern = z.looseObject({
  Name: z.string(),
  FriendlyName: z.string(),
  Default: z.boolean().optional(),
  Amd64Url: UrlEntry.optional(),
  Arm64Url: UrlEntry.optional(),
});
const Info = z.looseObject({ ModernDistributions: z.record(z.string(), z.array(z.unknown())) });

export type DistroPick = { ok: true; file: PickedFile; name: string; friendlyName: string } | { ok: false; reason: string };

/** The modern (tar-based) entry named `name` (case-insensitive, as wsl.exe matches it) for `arch`. */
export function pickDistroImage(json: unknown, name: string, arch: 'amd64' | 'arm64', trusted: (url: string) => boolean = httpsUrl): DistroPick {
  const info = Info.safeParse(json);
  if (!info.success) return { ok: false, reason: 'not a DistributionInfo.json with ModernDistributions' };
  for (const list of Object.values(info.data.ModernDistributions)) {
    for (const raw of list) {
      const d = Modern.safeParse(raw);
      if (!d.success || d.data.Name.toLowerCase() !== name.toLowerCase()) continue;
      const u = arch === 'arm64' ? d.data.Arm64Url : d.data.Amd64Url;
      if (!u) return { ok: false, reason: `${d.data.Name} has no ${arch} image` };
      const sha = normaliseSha256(u.Sha256);
      if (!sha) return { ok: false, reason: `${d.data.Name}: no usable Sha256 in the list` };
      if (!trusted(u.Url)) return { ok: false, reason: `not an https URL: ${u.Url}` };
      const base = decodeURIComponent(new URL(u.Url).pathname.split('/').pop() ?? '');
      const file = isBundleFileName(base) ? base : `${d.data.Name}-${arch}.wsl`;
      return { ok: true, name: d.data.Name, friendlyName: d.data.FriendlyName.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 100), file: { url: u.Url, sha256: sha, size: null, file } };
    }
  }
  return { ok: false, reason: `${name} is not a tar-based (modern) distribution in DistributionInfo.json` };
}

export function httpsUrl(s: string): boolean {
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}
