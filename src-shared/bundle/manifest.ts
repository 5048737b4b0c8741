import { z } from 'zod';
import { DistroName } from '../names';

/**
 * The offline bundle's manifest (`manifest.json`, format
 * `go-wsl-setup.bundle/1`): which file plays which part, and the SHA-256 and
 * size every file must have before the wizard uses it. The manifest travels on
 * a USB stick next to the files, so it is read as hostile input: a file is a
 * plain name inside the bundle folder (no separators, no drive, no `..`, no
 * Windows device name), sizes are bounded, hashes are lowercase hex, unknown
 * keys are refused, and two parts may not share a file.
 */
export const BUNDLE_FORMAT = 'go-wsl-setup.bundle/1';
/** The folder the wizard looks for at a drive's root or next to the app. */
export const BUNDLE_DIR_NAME = 'go-wsl-setup-bundle';
export const MANIFEST_NAME = 'manifest.json';
/** The biggest file we accept (a distro image is ~300-700 MB; 8 GiB leaves room and stays a safe integer). */
export const MAX_BUNDLE_FILE_BYTES = 8 * 1024 ** 3;
/** The manifest itself is a few KB; anything far bigger is not ours. */
export const MAX_MANIFEST_BYTES = 256 * 1024;

/** CON, PRN, AUX, NUL, COM1-9, LPT1-9 (with any extension) open devices on Windows, not files. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

export function isBundleFileName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 150 &&
    /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name) &&
    !name.includes('..') &&
    !/[. ]$/.test(name) &&
    !WINDOWS_DEVICE.test(name)
  );
}

export const BundleFileName = z.string().refine(isBundleFileName, 'a plain file name inside the bundle folder (letters, digits, . _ + -; no folders, no "..")');
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits');
const ByteSize = z.number().int().min(1).max(MAX_BUNDLE_FILE_BYTES);
// http too: a Go mirror may serve plain http (a preset's mirrors may be http); the checksum never comes from this URL, it is only shown.
const SourceUrl = z.url({ protocol: /^https?$/ }).max(2048);

const fileFields = {
  file: BundleFileName,
  sha256: Sha256Hex,
  size: ByteSize,
  /** Where it was downloaded from (shown to the person; never fetched from the manifest's word). */
  source: SourceUrl,
};

export const BundleGo = z.strictObject({
  ...fileFields,
  version: z.string().regex(/^go[0-9]+\.[0-9]+(\.[0-9]+)?((rc|beta)[0-9]+)?$/, 'a Go release like go1.22.5'),
  arch: z.enum(['amd64', 'arm64']),
});

export const BundleWslMsi = z.strictObject({
  ...fileFields,
  /** The release tag of microsoft/WSL, e.g. 2.6.1. */
  version: z.string().regex(/^[0-9]+(\.[0-9]+){1,3}$/, 'a WSL release like 2.6.1'),
  arch: z.enum(['x64', 'arm64']),
});

export const BundleDistro = z.strictObject({
  ...fileFields,
  /** The name it is registered under (wsl --import NAME / --install --from-file --name NAME). */
  name: DistroName,
  friendlyName: z.string().min(1).max(100).regex(/^[^\u0000-\u001f\u007f]*$/, 'one line of text'),
  arch: z.enum(['amd64', 'arm64']),
});

export const BundlePreset = z.strictObject({ ...fileFields, source: z.string().min(1).max(2048) });

export const BUNDLE_ROLES = ['go', 'wslMsi', 'distro', 'preset'] as const;

export const BundleManifest = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    createdAt: z.iso.datetime(),
    createdBy: z.string().min(1).max(100),
    go: BundleGo.optional(),
    wslMsi: BundleWslMsi.optional(),
    distro: BundleDistro.optional(),
    preset: BundlePreset.optional(),
  })
  .superRefine((m, ctx) => {
    const seen = new Map<string, string>();
    for (const role of BUNDLE_ROLES) {
      const f = m[role];
      if (!f) continue;
      const key = f.file.toLowerCase(); // Windows file names are case-insensitive
      const other = seen.get(key);
      if (other) ctx.addIssue({ code: 'custom', path: [role, 'file'], message: `the same file as ${other}` });
      seen.set(key, role);
      if (key === MANIFEST_NAME) ctx.addIssue({ code: 'custom', path: [role, 'file'], message: 'the manifest itself' });
    }
    if (!BUNDLE_ROLES.some((r) => m[r])) ctx.addIssue({ code: 'custom', path: [], message: 'a bundle with no files' });
  });

export type BundleManifest = z.infer<typeof BundleManifest>;
export type BundleRole = (typeof BUNDLE_ROLES)[number];
export type BundleFileEntry = z.infer<typeof BundleGo> | z.infer<typeof BundleWslMsi> | z.infer<typeof BundleDistro> | z.infer<typeof BundlePreset>;

export type ManifestRead = { ok: true; manifest: BundleManifest } | { ok: false; problems: { path: string; message: string }[] };

/** Text -> manifest, or every problem with its JSON path. Never throws. */
export function readManifest(text: string): ManifestRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problems: [{ path: '', message: `not JSON: ${(e as Error).message}` }] };
  }
  const r = BundleManifest.safeParse(json);
  if (r.success) return { ok: true, manifest: r.data };
  return { ok: false, problems: r.error.issues.map((i) => ({ path: i.path.map((p) => `/${String(p)}`).join(''), message: i.message })) };
}

/** The files a manifest names, in install order. */
export function bundleFiles(m: BundleManifest): { role: BundleRole; entry: BundleFileEntry }[] {
  return BUNDLE_ROLES.flatMap((role) => {
    const entry = m[role];
    return entry ? [{ role, entry }] : [];
  });
}
