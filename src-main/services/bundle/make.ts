import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BUNDLE_FORMAT, BundleManifest, MANIFEST_NAME, type BundleManifest as Manifest } from '../../../src-shared/bundle/manifest';
import { pickDistroImage, pickWslMsi, WSL_DISTRIBUTION_INFO_URL, WSL_LATEST_RELEASE_API, type PickedFile } from '../../../src-shared/bundle/sources';
import { DEFAULT_MIRRORS, DEFAULT_RELEASE_LISTS, fileUrl, type Mirror } from '../../../src-shared/go/mirrors';
import { chooseRelease } from '../../../src-shared/go/releases';
import { readPreset } from '../../../src-shared/preset/problems';
import { decodeBytes } from '../../../src-shared/util/decode';
import { downloadVerified, type DownloadSource } from '../go/download';
import { HttpError, httpGet, type HttpGet } from '../go/http-get';
import { raceMirrors } from '../go/mirror-race';
import { fetchReleaseList, isTrustedListUrl } from '../go/release-list';
import { writeFileAtomic } from './atomic';

/**
 * `npm run bundle -- --out DIR`: download, verify and write what an offline
 * PC needs, then the manifest. Every download goes through the Go step's
 * downloadVerified (NAME.part, SHA-256 in the same pass, renamed to NAME only
 * when size and hash match), with the checksum from the publisher's list,
 * never from the server that serves the bytes:
 *  - Go: the official release list and the mirror race of services/go;
 *  - the WSL MSI: the GitHub release of microsoft/WSL (asset digest);
 *  - the distro image: microsoft/WSL's DistributionInfo.json.
 * manifest.json is written last (temp + rename), so a bundle cut short by a
 * failure or Ctrl+C has no manifest and is never taken for a complete one.
 */
export interface MakeBundleOptions {
  readonly out: string;
  readonly get?: HttpGet;
  readonly signal?: AbortSignal;
  /** Go release (go1.22.5) or undefined for the newest stable; null leaves Go out. */
  readonly go?: { readonly version?: string; readonly arch: 'amd64' | 'arm64' } | null;
  readonly wslMsi?: { readonly arch: 'x64' | 'arm64' } | null;
  readonly distro?: { readonly name: string; readonly arch: 'amd64' | 'arm64' } | null;
  /** A preset file to carry along; it must pass `preset check` first. */
  readonly presetFile?: string | null;
  readonly releaseLists?: readonly string[];
  readonly mirrors?: readonly Mirror[];
  readonly wslReleaseApi?: string;
  readonly distroInfoUrl?: string;
  /** Tests only: the lists may come over http://127.0.0.1. */
  readonly allowLoopbackHttp?: boolean;
  readonly timeoutMs?: number;
  readonly log?: (line: string) => void;
  readonly now?: () => Date;
}

export class BundleMakeError extends Error {
  constructor(
    message: string,
    /** Which part failed: go, wslMsi, distro, preset. */
    readonly part: string,
  ) {
    super(message);
    this.name = 'BundleMakeError';
  }
}

export async function makeBundle(o: MakeBundleOptions): Promise<{ manifest: Manifest; dir: string }> {
  const get = o.get ?? httpGet;
  const log = o.log ?? (() => {});
  const timeout = o.timeoutMs ?? 20_000;
  const trusted = (url: string) => isTrustedListUrl(url, o.allowLoopbackHttp ?? false);
  const dl = { get, headersTimeoutMs: timeout, idleTimeoutMs: timeout, ...(o.signal ? { signal: o.signal } : {}) };
  await fs.mkdir(o.out, { recursive: true });
  // An older manifest would vouch for files this run is about to replace: it goes first.
  await fs.rm(path.join(o.out, MANIFEST_NAME), { force: true });

  const manifest: Record<string, unknown> = { format: BUNDLE_FORMAT, createdAt: (o.now?.() ?? new Date()).toISOString(), createdBy: 'go-wsl-setup bundle' };

  if (o.go) {
    const list = await fetchReleaseList({ sources: o.releaseLists ?? DEFAULT_RELEASE_LISTS, arch: o.go.arch, get, timeoutMs: timeout, allowLoopbackHttp: o.allowLoopbackHttp ?? false, ...(o.signal ? { signal: o.signal } : {}) }).catch((e: Error) => {
      throw new BundleMakeError(`Go release list: ${e.message}`, 'go');
    });
    const rel = chooseRelease(list.releases, o.go.version);
    if (!rel?.archive) throw new BundleMakeError(`no linux-${o.go.arch} archive for ${o.go.version ?? 'the latest stable Go'} in ${list.source}`, 'go');
    const file = rel.archive;
    const mirrors = o.mirrors ?? DEFAULT_MIRRORS;
    const race = await raceMirrors({ mirrors, filename: file.filename, fileSize: file.size, get, timeoutMs: 4000, ...(o.signal ? { signal: o.signal } : {}) });
    const byId = new Map(mirrors.map((m) => [m.id, m]));
    const sources: DownloadSource[] = race.ranking.flatMap((id) => (byId.get(id) ? [{ id, url: fileUrl(byId.get(id)!, file.filename) }] : []));
    log(`Go ${rel.version}: ${file.filename} (${file.size} bytes, SHA-256 from ${list.source})`);
    const r = await fetchFile('go', { url: sources[0]?.url ?? '', sha256: file.sha256, size: file.size, file: file.filename }, sources, o.out, dl);
    manifest['go'] = { file: file.filename, sha256: file.sha256, size: file.size, source: r, version: rel.version, arch: o.go.arch };
  }

  if (o.wslMsi) {
    const json = await fetchJson(get, o.wslReleaseApi ?? WSL_LATEST_RELEASE_API, trusted, timeout, 'wslMsi', o.signal);
    const pick = pickWslMsi(json, o.wslMsi.arch, trusted);
    if (!pick.ok) throw new BundleMakeError(`WSL package: ${pick.reason}`, 'wslMsi');
    log(`WSL ${pick.version}: ${pick.file.file} (SHA-256 from the GitHub release's asset digest)`);
    const r = await fetchFile('wslMsi', pick.file, [{ id: 'github', url: pick.file.url }], o.out, dl);
    manifest['wslMsi'] = { file: pick.file.file, sha256: pick.file.sha256, size: pick.file.size, source: r, version: pick.version, arch: pick.arch };
  }

  if (o.distro) {
    const json = await fetchJson(get, o.distroInfoUrl ?? WSL_DISTRIBUTION_INFO_URL, trusted, timeout, 'distro', o.signal);
    const pick = pickDistroImage(json, o.distro.name, o.distro.arch, trusted);
    if (!pick.ok) throw new BundleMakeError(`distro image: ${pick.reason}`, 'distro');
    // DistributionInfo.json gives no size: ask the server (a 1-byte Range GET); the SHA-256 decides anyway.
    const size = await remoteSize(get, pick.file.url, timeout, o.signal);
    log(`${pick.friendlyName}: ${pick.file.file} (${size} bytes, SHA-256 from DistributionInfo.json)`);
    const r = await fetchFile('distro', { ...pick.file, size }, [{ id: 'distro', url: pick.file.url }], o.out, dl);
    manifest['distro'] = { file: pick.file.file, sha256: pick.file.sha256, size, source: r, name: pick.name, friendlyName: pick.friendlyName, arch: o.distro.arch };
  }

  if (o.presetFile) {
    const bytes = await fs.readFile(o.presetFile);
    const read = readPreset(decodeBytes(bytes).text);
    if (!read.ok) throw new BundleMakeError(`preset ${o.presetFile}: ${read.problems.map((p) => `${p.path || '(file)'}: ${p.message.en}`).join('; ')}`, 'preset');
    const file = 'go-wsl-setup.preset.json';
    await writeFileAtomic(path.join(o.out, file), bytes);
    manifest['preset'] = { file, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, source: path.basename(o.presetFile) };
  }

  // Our own output goes through the same schema the target PC applies.
  const checked = BundleManifest.safeParse(manifest);
  if (!checked.success) throw new BundleMakeError(`manifest: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 'manifest');
  await writeFileAtomic(path.join(o.out, MANIFEST_NAME), Buffer.from(`${JSON.stringify(checked.data, null, 2)}\n`));
  log(`manifest.json written: ${o.out}`);
  return { manifest: checked.data, dir: o.out };
}

type DlCommon = { get: HttpGet; headersTimeoutMs: number; idleTimeoutMs: number; signal?: AbortSignal };

async function fetchFile(part: string, f: PickedFile & { size: number | null }, sources: DownloadSource[], dir: string, common: DlCommon): Promise<string> {
  if (f.size === null) throw new BundleMakeError(`${f.file}: size unknown`, part);
  try {
    const r = await downloadVerified({ ...common, sources, dir, filename: f.file, sha256: f.sha256, size: f.size });
    return sources.find((s) => s.id === r.source)?.url ?? sources[0]!.url;
  } catch (e) {
    throw new BundleMakeError(`${f.file}: ${(e as Error).message}`, part);
  }
}

async function fetchJson(get: HttpGet, url: string, trusted: (u: string) => boolean, timeoutMs: number, part: string, signal?: AbortSignal): Promise<unknown> {
  if (!trusted(url)) throw new BundleMakeError(`${url}: not HTTPS, refused`, part);
  try {
    const res = await get(url, { headers: { 'user-agent': 'go-wsl-setup', accept: 'application/json' }, headersTimeoutMs: timeoutMs, idleTimeoutMs: timeoutMs, ...(signal ? { signal } : {}) });
    if (res.status !== 200) {
      res.body.destroy();
      throw new HttpError(`HTTP ${res.status}`, `HTTP_${res.status}`);
    }
    const chunks: Buffer[] = [];
    let n = 0;
    for await (const c of res.body as AsyncIterable<Buffer>) {
      n += c.length;
      if (n > 16 * 1024 * 1024) {
        res.body.destroy();
        throw new HttpError('list too large', 'TOO_LARGE');
      }
      chunks.push(c);
    }
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (e) {
    if (e instanceof BundleMakeError) throw e;
    throw new BundleMakeError(`${url}: ${(e as Error).message}`, part);
  }
}

async function remoteSize(get: HttpGet, url: string, timeoutMs: number, signal?: AbortSignal): Promise<number> {
  const res = await get(url, { headers: { range: 'bytes=0-0' }, headersTimeoutMs: timeoutMs, idleTimeoutMs: timeoutMs, ...(signal ? { signal } : {}) }).catch((e: Error) => {
    throw new BundleMakeError(`${url}: ${e.message}`, 'distro');
  });
  res.body.destroy();
  const total = res.status === 206 ? /\/(\d+)$/.exec(String(res.headers['content-range'] ?? ''))?.[1] : res.status === 200 ? res.headers['content-length'] : undefined;
  const size = total === undefined ? NaN : Number(total);
  if (!Number.isSafeInteger(size) || size <= 0) throw new BundleMakeError(`${url}: the server does not say how big the file is (HTTP ${res.status})`, 'distro');
  return size;
}
