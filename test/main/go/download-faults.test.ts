import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DownloadError, downloadVerified, type DownloadProgress } from '../../../src-main/services/go/download';
import { startFileServer, type Fault } from '../../support/fault-file-server';
import { refusedUrl, type LoopbackServer } from '../../support/loopback-server';

/** The verified, resumable download against loopback servers that misbehave the way mirrors do. */
const NAME = 'go1.99.0.linux-amd64.tar.gz';
const blob = randomBytes(1536 * 1024);
const sha256 = createHash('sha256').update(blob).digest('hex');
const files = new Map([[`/${NAME}`, blob as Uint8Array]]);
const dirs: string[] = [];
const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-dl-'));
  dirs.push(d);
  return d;
}
async function serve(fault: Fault, chunkBytes = 16 * 1024) {
  const s = await startFileServer({ files, fault, chunkBytes, lifetimeMs: 30_000 });
  servers.push(s);
  return { id: `srv-${fault.kind}`, url: `${s.url}/${NAME}`, server: s };
}
const fast = { headersTimeoutMs: 800, idleTimeoutMs: 800, resumesPerSource: 2 };

describe('downloadVerified', () => {
  it('downloads, verifies and reports progress with rate and ETA', async () => {
    const dir = tmp();
    const a = await serve({ kind: 'slow', bytesPerSecond: 6 * 1024 * 1024 });
    const seen: DownloadProgress[] = [];
    const r = await downloadVerified({ sources: [a], dir, filename: NAME, sha256, size: blob.length, progressEveryMs: 20, onProgress: (p) => seen.push(p), ...fast });
    expect(r.source).toBe(a.id);
    expect(fs.readFileSync(r.path).equals(blob)).toBe(true);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)?.done).toBe(blob.length);
    expect(seen.some((p) => p.rate !== null && p.rate > 0 && p.etaSeconds !== null)).toBe(true);
  });

  const recovers: Array<[string, Fault]> = [
    ['connection refused', { kind: 'none' }],
    ['a hanging mirror', { kind: 'hang' }],
    ['HTTP 500', { kind: 'status', status: 500 }],
    ['a truncated body', { kind: 'truncate', atBytes: 300 * 1024 }],
    ['a corrupted body', { kind: 'corrupt', atByte: 1000 }],
  ];
  for (const [name, fault] of recovers) {
    it(`falls back to the next mirror after ${name}`, async () => {
      const dir = tmp();
      const bad = name === 'connection refused' ? { id: 'refused', url: `${await refusedUrl()}/${NAME}` } : await serve(fault);
      const good = await serve({ kind: 'none' });
      const r = await downloadVerified({ sources: [bad, good], dir, filename: NAME, sha256, size: blob.length, ...fast });
      expect(r.source).toBe(good.id);
      expect(r.failed.map((f) => f.id)).toEqual([bad.id]);
      expect(createHash('sha256').update(fs.readFileSync(r.path)).digest('hex')).toBe(sha256);
      expect(fs.existsSync(`${r.path}.part`)).toBe(false);
    });
  }

  it('resumes with Range after a reset mid-way, from the same mirror', async () => {
    const dir = tmp();
    const a = await serve({ kind: 'reset', atBytes: 700 * 1024, times: 1 });
    const r = await downloadVerified({ sources: [a], dir, filename: NAME, sha256, size: blob.length, ...fast });
    expect(r.resumed).toBe(true);
    expect(r.failed).toEqual([]);
    const ranges = a.server.requests.map((q) => q.range);
    expect(ranges[0]).toBeNull();
    expect(ranges[1]).toMatch(/^bytes=\d+-$/);
    // The resume asked for the bytes it did not have, not the whole file again.
    expect(r.transferred).toBeLessThan(blob.length + 256 * 1024);
    expect(fs.readFileSync(r.path).equals(blob)).toBe(true);
  });

  it('resumes a part left by a killed run, hashing it once from disk', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, `${NAME}.part`), blob.subarray(0, 1000 * 1024));
    const a = await serve({ kind: 'none' });
    const r = await downloadVerified({ sources: [a], dir, filename: NAME, sha256, size: blob.length, ...fast });
    expect(r.resumed).toBe(true);
    expect(r.transferred).toBe(blob.length - 1000 * 1024);
    expect(a.server.requests[0]?.range).toBe(`bytes=${1000 * 1024}-`);
    expect(fs.readFileSync(r.path).equals(blob)).toBe(true);
  });

  it('recovers from a failed write (disk full) by rebuilding the hash from what is on disk', async () => {
    // While the mirror takes its time to answer, the part becomes a link to /dev/full: the first
    // batch's write fails with ENOSPC after its bytes went into the hash. Rebuilding the state from
    // disk drops the link (an empty part), so the retry writes a real file and the hash matches.
    const dir = tmp();
    const s = await startFileServer({ files, chunkBytes: 16 * 1024, latencyMs: 400, lifetimeMs: 30_000 });
    servers.push(s);
    const a = { id: 'slow-start', url: `${s.url}/${NAME}` };
    const linked = new Promise<void>((resolve) => setTimeout(() => {
      fs.symlinkSync('/dev/full', path.join(dir, `${NAME}.part`));
      resolve();
    }, 150));
    const r = await downloadVerified({ sources: [a], dir, filename: NAME, sha256, size: blob.length, ...fast, headersTimeoutMs: 2000 });
    await linked;
    expect(r.failed).toEqual([]);
    expect(s.requests.length).toBe(2);
    expect(fs.lstatSync(r.path).isFile()).toBe(true);
    expect(fs.readFileSync(r.path).equals(blob)).toBe(true);
  });

  it('starts over when a mirror ignores Range', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, `${NAME}.part`), blob.subarray(0, 500 * 1024));
    const a = await serve({ kind: 'no-range' });
    const r = await downloadVerified({ sources: [a], dir, filename: NAME, sha256, size: blob.length, ...fast });
    expect(r.transferred).toBe(blob.length);
    expect(fs.readFileSync(r.path).equals(blob)).toBe(true);
  });

  it('leaves a very slow mirror for the next one, keeping the bytes it got', async () => {
    const dir = tmp();
    const slow = await serve({ kind: 'slow', bytesPerSecond: 40 * 1024 });
    const good = await serve({ kind: 'none' });
    const r = await downloadVerified({ sources: [slow, good], dir, filename: NAME, sha256, size: blob.length, minRateBps: 200 * 1024, minRateWindowMs: 300, ...fast });
    expect(r.source).toBe(good.id);
    expect(r.failed[0]?.error).toMatch(/too slow/);
    expect(good.server.requests[0]?.range).toMatch(/^bytes=[1-9]\d*-$/);
    expect(fs.readFileSync(r.path).equals(blob)).toBe(true);
  });

  it('ends with a diagnosed error and no file when every mirror fails', async () => {
    const dir = tmp();
    const bad = await serve({ kind: 'corrupt', atByte: 5 });
    const err = await downloadVerified({ sources: [bad, { id: 'refused', url: `${await refusedUrl()}/${NAME}` }], dir, filename: NAME, sha256, size: blob.length, ...fast }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DownloadError);
    expect((err as DownloadError).catalogId).toBe('GO_TARBALL_CORRUPT');
    expect((err as DownloadError).failed.map((f) => f.id)).toEqual([bad.id, 'refused']);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('says CONN_REFUSED_REMOTE when nothing answers at all', async () => {
    const dir = tmp();
    const err = await downloadVerified({ sources: [{ id: 'r', url: `${await refusedUrl()}/${NAME}` }], dir, filename: NAME, sha256, size: blob.length, ...fast }).catch((e: unknown) => e);
    expect((err as DownloadError).catalogId).toBe('CONN_REFUSED_REMOTE');
  });

  it('reuses an already verified file without any request', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, NAME), blob);
    const a = await serve({ kind: 'none' });
    const r = await downloadVerified({ sources: [a], dir, filename: NAME, sha256, size: blob.length, ...fast });
    expect(r.source).toBe('cache');
    expect(a.server.requests).toEqual([]);
  });

  it('stops on cancel and keeps the part for a later resume', async () => {
    const dir = tmp();
    const a = await serve({ kind: 'slow', bytesPerSecond: 200 * 1024 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 400);
    const err = await downloadVerified({ sources: [a], dir, filename: NAME, sha256, size: blob.length, signal: ac.signal, ...fast }).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('CANCELLED');
    const part = fs.statSync(path.join(dir, `${NAME}.part`));
    expect(part.size).toBeGreaterThan(0);
    expect(part.size).toBeLessThan(blob.length);
  });
});
