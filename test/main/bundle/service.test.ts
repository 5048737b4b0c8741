import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBundle } from '../../../src-main/services/bundle/find';
import { makeBundle } from '../../../src-main/services/bundle/make';
import { BundleService } from '../../../src-main/services/bundle/service';
import { ApiError } from '../../../src-shared/contract';
import { startFileServer } from '../../support/fault-file-server';
import { fakeGoTarball, type GoTarball } from '../../support/go-fixture';
import { releaseListJson } from '../../support/release-list';

/** What the page sees (bundle.status) and what an install gets, from one Go-only bundle. */
let work: string;
let go: GoTarball;
let dir: string;
beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-bundle-svc-'));
  go = await fakeGoTarball(work, { version: 'go1.22.3', padBytes: 64 * 1024 });
  const server = await startFileServer({
    files: new Map([[`/${go.filename}`, fs.readFileSync(go.path) as Uint8Array]]),
    routes: new Map([['/dl/', { type: 'application/json', body: releaseListJson([{ version: go.version, stable: true, filename: go.filename, sha256: go.sha256, size: go.size }]) }]]),
  });
  dir = path.join(work, 'go-wsl-setup-bundle');
  try {
    await makeBundle({ out: dir, go: { arch: 'amd64' }, releaseLists: [`${server.url}/dl/`], mirrors: [{ id: 'm', base: `${server.url}/` }], allowLoopbackHttp: true });
  } finally {
    await server.close();
  }
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function service(downloadDir = fs.mkdtempSync(path.join(work, 'dl-'))) {
  return new BundleService({ find: () => findBundle({ argument: dir, drives: [] }), downloadDir, distroDir: path.join(work, 'distros') });
}

describe('BundleService', () => {
  it('reports where the bundle is and what it carries; no bundle reads as found: null', async () => {
    expect(await service().report()).toEqual({
      found: { dir, place: 'argument', ok: true, manifestProblems: [], files: [{ role: 'go', file: go.filename, ok: true, problem: null, detail: null }], go: { version: 'go1.22.3', arch: 'amd64' }, distro: null, wslMsi: null },
      networkAllowed: [],
    });
    const none = new BundleService({ find: async () => null, downloadDir: work, distroDir: path.join(work, 'distros') });
    expect(await none.report()).toEqual({ found: null, networkAllowed: [] });
    expect(await none.localTarball('amd64', undefined)).toBeNull();
  });

  it('hands Go over only for its arch and version, copied into the cache and checked on the copy', async () => {
    const dl = fs.mkdtempSync(path.join(work, 'dl-'));
    const s = service(dl);
    expect(await s.localTarball('arm64', undefined)).toBeNull();
    expect(await s.localTarball('amd64', 'go1.21.0')).toBeNull();
    const t = await s.localTarball('amd64', 'go1.22.3');
    expect(t).toEqual({ path: path.join(dl, go.filename), version: 'go1.22.3', sha256: go.sha256, size: go.size, source: 'bundle' });
    expect(fs.readdirSync(dl)).toEqual([go.filename]);
  });

  it('the page view may reuse a hash while size and time are unchanged, but an install always hashes again', async () => {
    const file = path.join(dir, go.filename);
    const original = fs.readFileSync(file);
    const t0 = 1_700_000_000; // a whole second: utimes puts it back exactly
    fs.utimesSync(file, t0, t0);
    const s = service();
    expect((await s.report()).found?.ok).toBe(true);
    try {
      // One byte changed, size and modification time put back: only a full hash can tell.
      const bytes = Buffer.from(original);
      bytes.writeUInt8(bytes.readUInt8(500) ^ 0xff, 500);
      fs.writeFileSync(file, bytes);
      fs.utimesSync(file, t0, t0);
      expect((await s.report()).found?.ok).toBe(true);
      const err = await s.localTarball('amd64', undefined).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).details).toMatchObject({ catalogId: 'BUNDLE_FILE_CORRUPT', file: go.filename });
      // A change the page can see (a new time) is hashed again there too.
      fs.utimesSync(file, t0, t0 + 5);
      expect((await s.report()).found?.files[0]).toMatchObject({ ok: false, problem: 'sha256' });
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('after the person agreed to download Go, a damaged tarball means "use the network", and the page is told so', async () => {
    const file = path.join(dir, go.filename);
    const original = fs.readFileSync(file);
    try {
      fs.truncateSync(file, 10);
      const s = service();
      await expect(s.localTarball('amd64', undefined)).rejects.toMatchObject({ details: { catalogId: 'BUNDLE_FILE_CORRUPT' } });
      expect(s.allowNetwork(['go'])).toEqual(['go']);
      expect(await s.localTarball('amd64', undefined)).toBeNull();
      expect(await s.goRelease('amd64')).toBeNull();
      expect((await s.report()).networkAllowed).toEqual(['go']);
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('a bundle whose manifest is refused is reported with the JSON path, and nothing is installed from it', async () => {
    const bad = path.join(work, 'bad-bundle');
    fs.mkdirSync(bad, { recursive: true });
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    m.go.file = '..\\..\\Windows\\System32\\evil.tar.gz';
    fs.writeFileSync(path.join(bad, 'manifest.json'), JSON.stringify(m));
    const s = new BundleService({ find: () => findBundle({ argument: bad, drives: [] }), downloadDir: work, distroDir: path.join(work, 'distros') });
    const r = await s.report();
    expect(r.found?.ok).toBe(false);
    expect(r.found?.manifestProblems.map((p) => p.path)).toEqual(['/go/file']);
    await expect(s.localTarball('amd64', undefined)).rejects.toMatchObject({ details: { catalogId: 'BUNDLE_FILE_MISSING' } });
  });
});
