import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { findBundle } from '../../../src-main/services/bundle/find';
import { BundleMakeError, makeBundle } from '../../../src-main/services/bundle/make';
import { BundleService } from '../../../src-main/services/bundle/service';
import { verifyBundle } from '../../../src-main/services/bundle/verify';
import { GoService } from '../../../src-main/services/go/go-service';
import { httpGet, type HttpGet } from '../../../src-main/services/go/http-get';
import { ApiError } from '../../../src-shared/contract';
import { readManifest } from '../../../src-shared/bundle/manifest';
import { startFileServer, type Fault } from '../../support/fault-file-server';
import { debianGoAvailable, debianGoTarball, type GoTarball } from '../../support/go-fixture';
import type { LoopbackServer } from '../../support/loopback-server';
import { releaseListJson } from '../../support/release-list';
import { makeSandbox } from '../../support/sandbox';
import { createHash, randomBytes } from 'node:crypto';

/**
 * The offline bundle end to end on this machine: made from loopback servers
 * that play go.dev (Debian's go1.19 packed as an official tarball, with a
 * release list), the GitHub release of microsoft/WSL and DistributionInfo.json;
 * then installed into a sandbox distro with every network source refusing, and
 * refused by name when a file is damaged or missing.
 */
const missing = debianGoAvailable();
if (missing) console.log(`skipping the offline bundle install test: ${missing}`);

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
// Stand-ins for the MSI and the .wsl image: bytes whose checksum the lists vouch for (the make step never opens them).
const msi = randomBytes(300 * 1024);
const image = randomBytes(500 * 1024);

async function origin(go: GoTarball, o: { imageFault?: Fault } = {}) {
  const goBytes = fs.readFileSync(go.path);
  const list = releaseListJson([{ version: go.version, stable: true, filename: go.filename, sha256: go.sha256, size: goBytes.length }]);
  const files = new Map<string, Uint8Array>([
    [`/${go.filename}`, goBytes],
    ['/wsl.2.6.1.0.x64.msi', msi],
    ['/ubuntu-24.04.2-wsl-amd64.wsl', image],
  ]);
  const imageServer = o.imageFault ? await startFileServer({ files, fault: o.imageFault, lifetimeMs: 170_000 }) : null;
  const server = await startFileServer({ files, routes: new Map(), lifetimeMs: 170_000 });
  const base = server.url;
  const routes = new Map([
    ['/dl/', { type: 'application/json', body: list }],
    ['/repos/microsoft/WSL/releases/latest', { type: 'application/json', body: JSON.stringify({ tag_name: '2.6.1', assets: [{ name: 'wsl.2.6.1.0.x64.msi', size: msi.length, browser_download_url: `${base}/wsl.2.6.1.0.x64.msi`, digest: `sha256:${sha(msi)}` }] }) }],
    [
      '/DistributionInfo.json',
      {
        type: 'application/json',
        body: JSON.stringify({ ModernDistributions: { Ubuntu: [{ Name: 'Ubuntu-24.04', FriendlyName: 'Ubuntu 24.04 LTS', Default: false, Amd64Url: { Url: `${(imageServer ?? server).url}/ubuntu-24.04.2-wsl-amd64.wsl`, Sha256: `0x${sha(image).toUpperCase()}` } }] } }),
      },
    ],
  ]);
  const api = await startFileServer({ files: new Map(), routes, lifetimeMs: 170_000 });
  const servers: LoopbackServer[] = [server, api, ...(imageServer ? [imageServer] : [])];
  return {
    options: {
      go: { arch: 'amd64' as const },
      wslMsi: { arch: 'x64' as const },
      distro: { name: 'Ubuntu-24.04', arch: 'amd64' as const },
      releaseLists: [`${api.url}/dl/?mode=json&include=all`],
      mirrors: [{ id: 'local', base: `${server.url}/` }],
      wslReleaseApi: `${api.url}/repos/microsoft/WSL/releases/latest`,
      distroInfoUrl: `${api.url}/DistributionInfo.json`,
      allowLoopbackHttp: true,
      timeoutMs: 3000,
    },
    close: () => Promise.all(servers.map((s) => s.close())),
  };
}

/** Every request fails as a refused connection would, and is counted. */
async function refusingNetwork(): Promise<{ get: HttpGet; calls: string[]; deadUrl: string }> {
  const dead = await startFileServer({ files: new Map() });
  const deadUrl = dead.url;
  await dead.close(); // nothing listens there any more: ECONNREFUSED
  const calls: string[] = [];
  return { get: (url, o) => (calls.push(url), httpGet(url, o)), calls, deadUrl };
}

describe.skipIf(missing !== null)('offline bundle', () => {
  let go: GoTarball;
  let work: string;
  let bundleDir: string;
  beforeAll(async () => {
    go = await debianGoTarball();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-bundle-'));
    bundleDir = path.join(work, 'go-wsl-setup-bundle');
    const o = await origin(go);
    try {
      const preset = path.join(work, 'class.preset.json');
      fs.writeFileSync(preset, JSON.stringify({ format: 'go-wsl-setup.preset/1', go: { value: go.version, locked: true } }));
      await makeBundle({ out: bundleDir, ...o.options, presetFile: preset });
    } finally {
      await o.close();
    }
  }, 120_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('writes each file under its own name with the checksum from its publisher, and the manifest last', () => {
    const names = fs.readdirSync(bundleDir).sort();
    expect(names).toEqual([go.filename, 'go-wsl-setup.preset.json', 'manifest.json', 'ubuntu-24.04.2-wsl-amd64.wsl', 'wsl.2.6.1.0.x64.msi'].sort());
    const r = readManifest(fs.readFileSync(path.join(bundleDir, 'manifest.json'), 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.manifest.go).toMatchObject({ file: go.filename, sha256: go.sha256, size: go.size, version: go.version, arch: 'amd64' });
    expect(r.manifest.wslMsi).toMatchObject({ sha256: sha(msi), size: msi.length, version: '2.6.1' });
    // DistributionInfo.json wrote the hash as 0x + capitals; the manifest holds the plain form, the size came from the server.
    expect(r.manifest.distro).toMatchObject({ name: 'Ubuntu-24.04', sha256: sha(image), size: image.length });
  });

  it('leaves no manifest when a download fails half-way, so a cut-short bundle never looks complete', async () => {
    const o = await origin(go, { imageFault: { kind: 'corrupt', atByte: 1000 } });
    const out = path.join(work, 'broken-bundle');
    try {
      const err = await makeBundle({ out, ...o.options }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BundleMakeError);
      expect((err as BundleMakeError).part).toBe('distro');
      expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(false);
      expect(fs.readdirSync(out).filter((n) => n.endsWith('.wsl'))).toEqual([]);
    } finally {
      await o.close();
    }
  }, 60_000);

  it('installs Go from the bundle with every network source refusing, and the installed go runs', async () => {
    const sb = makeSandbox();
    const net = await refusingNetwork();
    const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-dl-'));
    try {
      const bundle = new BundleService({ find: () => findBundle({ exeDir: work, drives: [] }), downloadDir, distroDir: path.join(work, 'distros') });
      const service = new GoService({
        host: new LocalLinuxHost({ root: sb.root }),
        downloadDir,
        get: net.get,
        mirrors: [{ id: 'dead', base: `${net.deadUrl}/` }],
        releaseLists: [`${net.deadUrl}/dl/?mode=json&include=all`],
        allowLoopbackHttp: true,
        timeouts: { probeMs: 500, headersMs: 500, idleMs: 500 },
        localTarball: bundle.localTarball,
      });
      const r = await service.install({ taskId: 't', distro: { name: 'sandbox', user: 'tester' }, clean: [], confirmGopath: false });
      expect(r).toMatchObject({ version: go.version, sha256: go.sha256, mirror: 'bundle', bytes: 0 });
      expect(net.calls).toEqual([]);
      expect(sb.read('usr/local/go/VERSION').startsWith(go.version)).toBe(true);
      expect(execFileSync(sb.file('usr/local/go/bin/go'), ['version'], { encoding: 'utf8' })).toContain(go.version);
      expect(sb.exists('etc/profile.d/go.sh')).toBe(true);
    } finally {
      sb.cleanup();
      fs.rmSync(downloadDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a damaged or missing bundle file by name, installs nothing, and uses the network only after the person agreed', async () => {
    const copy = path.join(work, 'copy', 'go-wsl-setup-bundle');
    fs.cpSync(bundleDir, copy, { recursive: true });
    const tarball = path.join(copy, go.filename);
    const bytes = fs.readFileSync(tarball);
    bytes.writeUInt8(bytes.readUInt8(1234) ^ 0xff, 1234); // same size, one byte changed
    fs.writeFileSync(tarball, bytes);

    const check = await verifyBundle(copy);
    expect(check.ok).toBe(false);
    expect('files' in check && check.files.filter((f) => !f.ok).map((f) => [f.file, f.problem])).toEqual([[go.filename, 'sha256']]);

    const sb = makeSandbox();
    const net = await refusingNetwork();
    const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-dl-'));
    const bundle = new BundleService({ find: () => findBundle({ argument: copy, drives: [] }), downloadDir, distroDir: path.join(work, 'distros') });
    const service = new GoService({
      host: new LocalLinuxHost({ root: sb.root }),
      downloadDir,
      get: net.get,
      mirrors: [{ id: 'dead', base: `${net.deadUrl}/` }],
      releaseLists: [`${net.deadUrl}/dl/?mode=json&include=all`],
      allowLoopbackHttp: true,
      timeouts: { probeMs: 500, headersMs: 500, idleMs: 500 },
      localTarball: bundle.localTarball,
    });
    const req = { taskId: 't', distro: { name: 'sandbox', user: 'tester' }, clean: [], confirmGopath: false };
    try {
      const err = await service.install(req).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).details).toMatchObject({ catalogId: 'BUNDLE_FILE_CORRUPT', file: go.filename, bundleRole: 'go' });
      expect((err as ApiError).message).toContain(go.filename);
      expect(net.calls).toEqual([]);
      expect(sb.exists('usr/local/go')).toBe(false);
      expect(fs.readdirSync(downloadDir)).toEqual([]);

      fs.rmSync(tarball);
      const gone = await service.install(req).catch((e: unknown) => e);
      expect((gone as ApiError).details).toMatchObject({ catalogId: 'BUNDLE_FILE_MISSING', file: go.filename });
      expect(net.calls).toEqual([]);

      // The person agreed to download Go instead: now (and only now) the network is tried; here it refuses.
      bundle.allowNetwork(['go']);
      const online = await service.install(req).catch((e: unknown) => e);
      expect(online).toBeInstanceOf(ApiError);
      // The release list is the first request; the Go service names an unreachable list NET_TIMEOUT.
      expect((online as ApiError).details).toMatchObject({ catalogId: 'NET_TIMEOUT' });
      expect(net.calls.length).toBeGreaterThan(0);
      expect(sb.exists('usr/local/go')).toBe(false);
    } finally {
      sb.cleanup();
      fs.rmSync(downloadDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a bundle file that is a link (it could point anywhere on the PC)', async () => {
    const copy = path.join(work, 'linked');
    fs.mkdirSync(copy);
    fs.copyFileSync(path.join(bundleDir, 'manifest.json'), path.join(copy, 'manifest.json'));
    for (const n of fs.readdirSync(bundleDir)) if (n !== 'manifest.json') fs.symlinkSync(path.join(bundleDir, n), path.join(copy, n));
    const check = await verifyBundle(copy);
    expect('files' in check && check.files.map((f) => f.problem)).toEqual(['not-a-file', 'not-a-file', 'not-a-file', 'not-a-file']);
  });
});
