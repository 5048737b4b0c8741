import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { progressSample, RateMeter, type ProgressSample } from '../../../src-shared/go/progress';
import { HttpError, httpGet, windowsProxyCatalogId, type HttpGet } from './http-get';

/**
 * A verified, resumable download of one file from a list of sources.
 *
 * - Bytes go to NAME.part; the SHA-256 is updated with exactly the bytes
 *   written (batched, hashed while the write runs), so it is computed in the
 *   same pass as the download. After a drop
 *   the hash state is kept and the transfer resumes with `Range: bytes=N-`; a
 *   part left by an earlier (killed) run is hashed once from disk, then resumed.
 * - The part becomes NAME only when size and SHA-256 match the release list;
 *   the file is never used before that.
 * - A source that fails (refused, HTTP error, too slow, too many drops) hands
 *   over to the next one, which resumes the same part: the final checksum
 *   guards against mixing. A checksum mismatch discards the part and the
 *   source that produced its last bytes.
 */
export interface DownloadSource {
  readonly id: string;
  readonly url: string;
}

export interface DownloadProgress extends ProgressSample {
  readonly source: string;
}

export interface DownloadOptions {
  readonly sources: readonly DownloadSource[];
  readonly dir: string;
  readonly filename: string;
  readonly sha256: string;
  readonly size: number;
  readonly get?: HttpGet;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: DownloadProgress) => void;
  /** Drops tolerated per source before moving on. */
  readonly resumesPerSource?: number;
  readonly headersTimeoutMs?: number;
  readonly idleTimeoutMs?: number;
  /** A source slower than this (bytes/s) over minRateWindowMs is abandoned for the next one. */
  readonly minRateBps?: number;
  readonly minRateWindowMs?: number;
  readonly progressEveryMs?: number;
  readonly now?: () => number;
}

export interface DownloadResult {
  readonly path: string;
  /** Id of the source that delivered the last byte ('cache' when an earlier verified file was reused). */
  readonly source: string;
  readonly resumed: boolean;
  /** Bytes transferred over the network in this run. */
  readonly transferred: number;
  readonly failed: ReadonlyArray<{ id: string; error: string; code?: string }>;
}

export class DownloadError extends Error {
  constructor(
    message: string,
    /** GO_TARBALL_CORRUPT when a checksum failed, NET_TIMEOUT / CONN_REFUSED_REMOTE ... otherwise. */
    readonly catalogId: string,
    readonly failed: ReadonlyArray<{ id: string; error: string; code?: string }>,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

class SourceFailed extends Error {
  constructor(
    message: string,
    readonly resumable: boolean,
    readonly corrupt = false,
    /** The HttpError code when the request itself failed (PROXY_REFUSED, ECONNREFUSED ...). */
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function downloadVerified(o: DownloadOptions): Promise<DownloadResult> {
  const now = o.now ?? (() => performance.now());
  const get = o.get ?? httpGet;
  const finalPath = path.join(o.dir, o.filename);
  const partPath = `${finalPath}.part`;
  await fs.mkdir(o.dir, { recursive: true });

  if (await fileHasHash(finalPath, o.sha256, o.size)) return { path: finalPath, source: 'cache', resumed: false, transferred: 0, failed: [] };
  await fs.rm(finalPath, { force: true });

  const part = await resumeState(partPath, o.size);
  let resumed = part.offset > 0;
  let transferred = 0;
  const failed: Array<{ id: string; error: string; code?: string }> = [];
  const meter = new RateMeter();
  let lastReport = -Infinity;
  const report = (source: string, force = false, done = part.offset) => {
    const t = now();
    if (!force && t - lastReport < (o.progressEveryMs ?? 100)) return;
    lastReport = t;
    o.onProgress?.({ ...progressSample(done, o.size, meter.rate(t)), source });
  };

  let sawCorrupt = false;
  for (const src of o.sources) {
    let drops = 0;
    while (part.offset < o.size) {
      if (o.signal?.aborted) throw new HttpError('cancelled', 'CANCELLED');
      if (part.offset > 0) resumed = true;
      try {
        await fetchInto(src, partPath, part, o, get, now, (n, received) => {
          transferred += n;
          meter.add(n, now());
          report(src.id, false, received);
        });
      } catch (e) {
        if (e instanceof HttpError && e.code === 'CANCELLED') throw e;
        if (o.signal?.aborted) throw new HttpError('cancelled', 'CANCELLED');
        const sf = e instanceof SourceFailed ? e : new SourceFailed((e as Error).message, true);
        if (sf.corrupt) {
          sawCorrupt = true;
          failed.push({ id: src.id, error: sf.message });
          Object.assign(part, await restart(partPath));
          break;
        }
        if (sf.resumable && ++drops <= (o.resumesPerSource ?? 3)) {
          await delay(Math.min(1000, 100 * drops), o.signal);
          continue;
        }
        failed.push({ id: src.id, error: sf.message, ...(sf.code ? { code: sf.code } : {}) });
        break;
      }
    }
    if (part.offset === o.size) {
      const digest = part.hash.digest('hex');
      if (digest === o.sha256) {
        await fs.rename(partPath, finalPath);
        report(src.id, true);
        return { path: finalPath, source: src.id, resumed, transferred, failed };
      }
      sawCorrupt = true;
      failed.push({ id: src.id, error: `sha256 mismatch: got ${digest}, the release list says ${o.sha256}` });
      Object.assign(part, await restart(partPath));
    }
  }
  const summary = failed.map((f) => `${f.id}: ${f.error}`).join('; ');
  throw new DownloadError(`download failed from every source: ${summary}`, sawCorrupt ? 'GO_TARBALL_CORRUPT' : catalogFor(failed), failed);
}

interface PartState {
  hash: Hash;
  /** Bytes on disk, all of them in `hash`. */
  offset: number;
}

/** GET from part.offset and append to the part, hashing exactly what is written. */
async function fetchInto(
  src: DownloadSource,
  partPath: string,
  part: PartState,
  o: DownloadOptions,
  get: HttpGet,
  now: () => number,
  /** n new bytes arrived; `received` counts them too (some may not be on disk yet). */
  onBytes: (n: number, received: number) => void,
): Promise<void> {
  let res;
  try {
    res = await get(src.url, {
      headers: part.offset > 0 ? { range: `bytes=${part.offset}-` } : {},
      signal: o.signal,
      headersTimeoutMs: o.headersTimeoutMs ?? 15000,
      idleTimeoutMs: o.idleTimeoutMs ?? 20000,
    });
  } catch (e) {
    if (e instanceof HttpError && e.code === 'CANCELLED') throw e;
    // Refused or unreachable: another try at the same source rarely helps; a timeout or reset may.
    const code = e instanceof HttpError ? e.code : '';
    throw new SourceFailed((e as Error).message, code === 'TIMEOUT' || code === 'ECONNRESET', false, code || undefined);
  }
  if (part.offset > 0 && res.status === 206) {
    const m = /^bytes (\d+)-/.exec(String(res.headers['content-range'] ?? ''));
    if (!m || Number(m[1]) !== part.offset) {
      res.body.destroy();
      throw new SourceFailed(`bad Content-Range for resume at ${part.offset}`, false);
    }
  } else if (res.status === 200) {
    // No Range support (or a fresh start): the body is the whole file from byte 0.
    if (part.offset > 0) Object.assign(part, await restart(partPath));
  } else {
    res.body.destroy();
    throw new SourceFailed(`HTTP ${res.status}`, res.status >= 500 && res.status !== 501);
  }

  const fh = await fs.open(partPath, part.offset === 0 ? 'w' : 'a');
  const out = new PartWriter(fh, part);
  const windowMs = o.minRateWindowMs ?? 15000;
  let windowStart = now();
  let windowBytes = 0;
  let keepPending = true;
  try {
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      if (out.received + chunk.length > o.size) {
        keepPending = false;
        throw new SourceFailed(`more bytes than the release list's ${o.size}`, false, true);
      }
      await out.add(chunk);
      onBytes(chunk.length, out.received);
      windowBytes += chunk.length;
      const t = now();
      if (o.minRateBps && t - windowStart >= windowMs) {
        const rate = (windowBytes * 1000) / (t - windowStart);
        if (rate < o.minRateBps) throw new SourceFailed(`too slow: ${Math.round(rate)} B/s`, false);
        windowStart = t;
        windowBytes = 0;
      }
    }
    await out.flush();
  } catch (e) {
    res.body.destroy();
    // Bytes received before a drop, a cancel or a slow-down are good bytes: they
    // go to disk so the resume starts after them. Not after "too many bytes".
    if (keepPending) await out.flush().catch(() => {});
    if (e instanceof SourceFailed) throw e;
    if (e instanceof HttpError && e.code === 'CANCELLED') throw e;
    if (o.signal?.aborted) throw new HttpError('cancelled', 'CANCELLED');
    throw new SourceFailed(`dropped at byte ${part.offset}: ${(e as Error).message}`, true);
  } finally {
    await fh.close();
    // A failed write may have left the hash ahead of the disk: start again from what is on disk.
    if (out.broken) Object.assign(part, await resumeState(partPath, o.size));
  }
  if (part.offset < o.size) throw new SourceFailed(`body ended at byte ${part.offset} of ${o.size}`, true);
}

/**
 * Appends to the part in batches (a few large writes instead of one per socket
 * chunk) and hashes each batch while its write runs, so hashing and disk I/O
 * overlap. part.offset only advances once a batch is on disk in full; if a write
 * fails, `broken` says the hash may be ahead of the disk and the state must be
 * rebuilt from the file. Bytes not yet flushed are neither hashed nor counted.
 */
class PartWriter {
  static readonly BATCH_BYTES = 1024 * 1024;
  static readonly BATCH_MS = 250;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private lastFlush = performance.now();
  broken = false;

  constructor(
    private readonly fh: fs.FileHandle,
    private readonly part: PartState,
  ) {}

  /** Bytes on disk plus bytes waiting to be written. */
  get received(): number {
    return this.part.offset + this.pendingBytes;
  }

  async add(chunk: Buffer): Promise<void> {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= PartWriter.BATCH_BYTES || performance.now() - this.lastFlush >= PartWriter.BATCH_MS) await this.flush();
  }

  async flush(): Promise<void> {
    this.lastFlush = performance.now();
    if (this.pendingBytes === 0 || this.broken) return;
    const batch = this.pending;
    const n = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    const write = this.fh.writev(batch);
    // The write runs on the thread pool; hash the same bytes meanwhile.
    for (const c of batch) this.part.hash.update(c);
    let written: number;
    try {
      written = (await write).bytesWritten;
    } catch (e) {
      this.broken = true;
      throw e;
    }
    if (written !== n) {
      this.broken = true;
      throw new Error(`short write: ${written} of ${n} bytes`);
    }
    this.part.offset += n;
  }
}

async function resumeState(partPath: string, size: number): Promise<PartState> {
  const st = await fs.stat(partPath).catch(() => null);
  if (!st || st.size === 0 || st.size > size) return restart(partPath);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(partPath)) hash.update(chunk as Buffer);
  return { hash, offset: st.size };
}

async function restart(partPath: string): Promise<PartState> {
  await fs.rm(partPath, { force: true });
  return { hash: createHash('sha256'), offset: 0 };
}

export async function fileHasHash(file: string, sha256: string, size: number): Promise<boolean> {
  const st = await fs.stat(file).catch(() => null);
  if (!st || st.size !== size) return false;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex') === sha256;
}

function catalogFor(failed: ReadonlyArray<{ error: string; code?: string }>): string {
  // The Windows proxy (manual or PAC) was in the way: say so before guessing from the text.
  const proxyId = windowsProxyCatalogId(failed.map((f) => f.code));
  if (proxyId) return proxyId;
  const text = failed.map((f) => f.error).join(' ');
  if (/ECONNREFUSED|refused/i.test(text)) return 'CONN_REFUSED_REMOTE';
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return 'DNS_FAILURE';
  return 'NET_TIMEOUT';
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    }, { once: true });
  });
}
