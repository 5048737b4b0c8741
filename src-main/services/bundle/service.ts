import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { ApiError, type BundleStatusResult } from '../../../src-shared/contract';
import type { BundleManifest, BundleRole } from '../../../src-shared/bundle/manifest';
import type { LocalTarball } from '../go/deps';
import type { FoundBundle } from './find';
import { checkFile, readBundleManifest, verifyBundle, type BundleCheck, type FileCheck, type HashCache } from './verify';

/**
 * The offline bundle on the target PC: where it is, whether each file is what
 * its manifest says, and the files the Go/distro/WSL steps install from.
 * Main decides: a file from the bundle is used only after it matched its
 * manifest; when one is missing or corrupt, the step fails naming that file
 * (BUNDLE_FILE_MISSING / BUNDLE_FILE_CORRUPT), and the network is used for
 * that part only after the person agreed (allowNetwork, which the page calls
 * from the person's click; main records which parts it covers).
 */
export interface BundleServiceDeps {
  /** Where to look (find.ts); null: no bundle. */
  readonly find: () => Promise<FoundBundle | null>;
  /** The Windows-side download cache the distro reads through /mnt/c (the Go step's downloadDir). */
  readonly downloadDir: string;
  /** Where `wsl --import` puts a bundle distro's disk (a folder per distro; %LOCALAPPDATA%, not the roaming profile). */
  readonly distroDir: string;
}

export type BundleStatus = { found: null } | { found: FoundBundle; check: BundleCheck };

export class BundleService {
  private readonly networkAllowed = new Set<BundleRole>();
  private found: Promise<FoundBundle | null> | null = null;
  /** For the page's status only (verify.ts HashCache); installs hash again. */
  private readonly hashes: HashCache = new Map();

  constructor(private readonly deps: BundleServiceDeps) {}

  /** Found once per session (a stat per place); checked on every call, hashing again only files whose size or time changed. */
  async status(): Promise<BundleStatus> {
    const found = await this.where();
    if (!found) return { found: null };
    return { found, check: await verifyBundle(found.dir, undefined, this.hashes) };
  }

  /** The page's view (contract bundle.status): where, what, and each file's check; never the file contents. */
  async report(): Promise<BundleStatusResult> {
    const s = await this.status();
    const networkAllowed = [...this.networkAllowed];
    if (!s.found) return { found: null, networkAllowed };
    const c = s.check;
    const m = c.manifest;
    return {
      found: {
        dir: s.found.dir,
        place: s.found.place,
        ok: c.ok,
        manifestProblems: m ? [] : c.problems,
        files: m ? c.files.map((f) => ({ role: f.role, file: f.file, ok: f.ok, problem: f.problem, detail: f.detail })) : [],
        go: m?.go ? { version: m.go.version, arch: m.go.arch } : null,
        distro: m?.distro ? { name: m.distro.name, friendlyName: m.distro.friendlyName } : null,
        wslMsi: m?.wslMsi ? { version: m.wslMsi.version } : null,
      },
      networkAllowed,
    };
  }

  /** The person agreed to download these parts instead (their bundle files were missing or corrupt). */
  allowNetwork(roles: readonly BundleRole[]): BundleRole[] {
    for (const r of roles) this.networkAllowed.add(r);
    return [...this.networkAllowed];
  }

  /**
   * The Go release the bundle carries, for the Go page's version list: on an
   * offline PC the release list cannot be fetched, and the bundle's manifest
   * is what vouches for the tarball. Null: no bundle Go for this arch, or the
   * person chose the network for Go.
   */
  async goRelease(arch: string): Promise<{ version: string; filename: string; sha256: string; size: number; dir: string } | null> {
    if (this.networkAllowed.has('go')) return null;
    const found = await this.where();
    if (!found) return null;
    const read = await readBundleManifest(found.dir);
    const go = 'manifest' in read ? read.manifest.go : undefined;
    if (!go || go.arch !== arch) return null;
    return { version: go.version, filename: go.file, sha256: go.sha256, size: go.size, dir: found.dir };
  }

  /**
   * GoServiceDeps.localTarball: the bundle's Go for this arch (and version,
   * when one was asked for), copied into the download cache with its SHA-256
   * computed on the bytes copied, so the distro reads a file on C: (a USB
   * drive plugged in after WSL started may not be mounted in the distro) that
   * cannot change between this check and the install's own hash.
   */
  readonly localTarball = async (arch: string, version: string | undefined, signal?: AbortSignal): Promise<LocalTarball | null> => {
    const found = await this.where();
    if (!found) return null;
    const check = await verifyBundle(found.dir, ['go']);
    if (!check.manifest) return this.refuse('go', { role: 'go', file: 'manifest.json', path: found.dir, ok: false, problem: 'missing', detail: check.problems.map((p) => `${p.path || '(file)'}: ${p.message}`).join('; ') });
    const go = check.manifest.go;
    if (!go || go.arch !== arch || (version !== undefined && version !== go.version)) return null;
    const file = check.files[0]!;
    if (!file.ok) return this.refuse('go', file);
    const target = await copyVerified(file.path, this.deps.downloadDir, go, signal);
    if (!target) return this.refuse('go', { ...file, ok: false, problem: 'sha256', detail: 'changed while it was being copied' });
    return { path: target, version: go.version, sha256: go.sha256, size: go.size, source: 'bundle' };
  };

  /** The verified path of the bundle's distro image or WSL MSI, for the distro and WSL steps; null: none or network agreed. */
  async localFile(role: 'distro' | 'wslMsi'): Promise<{ path: string; manifest: BundleManifest } | null> {
    const found = await this.where();
    if (!found) return null;
    const check = await verifyBundle(found.dir, [role]);
    if (!check.manifest || !check.manifest[role]) return null;
    const file = check.files[0]!;
    if (!file.ok) return this.refuse(role, file);
    return { path: file.path, manifest: check.manifest };
  }

  /** DistroServiceDeps.localImage: the bundle's image when the person installs the distro it carries. */
  readonly localImage = async (name: string): Promise<{ file: string; installDir: string; name: string } | null> => {
    const found = await this.where();
    if (!found) return null;
    const read = await readBundleManifest(found.dir);
    const distro = 'manifest' in read ? read.manifest.distro : undefined;
    // wsl.exe matches names without regard to case; another distro than the bundle's comes from the Store as usual.
    if (!distro || distro.name.toLowerCase() !== name.toLowerCase()) return null;
    const local = await this.localFile('distro');
    // Registered under the manifest's spelling; the folder is a Windows path for wsl.exe whatever runs this code.
    return local ? { file: local.path, installDir: path.win32.join(this.deps.distroDir, distro.name), name: distro.name } : null;
  };

  private where(): Promise<FoundBundle | null> {
    this.found ??= this.deps.find();
    return this.found;
  }

  private refuse(role: BundleRole, f: FileCheck): null {
    if (this.networkAllowed.has(role)) return null;
    const missing = f.problem === 'missing' || f.problem === 'not-a-file';
    throw new ApiError('HOST_FAILED', `the offline bundle's ${f.file} is ${missing ? 'missing' : 'damaged'}${f.detail ? ` (${f.detail})` : ''}; nothing was installed from it`, {
      catalogId: missing ? 'BUNDLE_FILE_MISSING' : 'BUNDLE_FILE_CORRUPT',
      bundleRole: role,
      file: f.file,
    });
  }
}

/** Copy into dir/NAME.part while hashing the bytes copied; rename to NAME only when they match. */
async function copyVerified(src: string, dir: string, go: { file: string; sha256: string; size: number }, signal?: AbortSignal): Promise<string | null> {
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, go.file);
  // Already in the cache from an earlier run, and still intact: nothing to copy.
  if ((await checkFile(target, go.sha256, go.size)).ok) return target;
  const part = `${target}.part`;
  const hash = createHash('sha256');
  let n = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      n += chunk.length;
      cb(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(src), tap, createWriteStream(part), ...(signal ? [{ signal }] : []));
  } catch (e) {
    await fs.rm(part, { force: true });
    if (signal?.aborted) throw new ApiError('CANCELLED', 'cancelled');
    throw e;
  }
  if (n !== go.size || hash.digest('hex') !== go.sha256) {
    await fs.rm(part, { force: true });
    return null;
  }
  await fs.rename(part, target);
  return target;
}
