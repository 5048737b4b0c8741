import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleMain, parseBundleArgs, proxyEntry } from '../../../src-main/cli/bundle';
import { startConnectProxy } from '../../support/net/connect-proxy';
import { startFileServer } from '../../support/fault-file-server';
import { fakeGoTarball } from '../../support/go-fixture';
import { releaseListJson } from '../../support/release-list';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-bundle-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run bundle', () => {
  it('parses the defaults and refuses bad values with the reason', () => {
    const r = parseBundleArgs(['--out', 'b']);
    expect(r).toMatchObject({ ok: true, help: false, options: { out: path.resolve('b'), go: { arch: 'amd64' }, wslMsi: { arch: 'x64' }, distro: { name: 'Ubuntu-24.04', arch: 'amd64' }, presetFile: null } });
    expect(parseBundleArgs(['--out=b', '--arch=arm64', '--go', 'go1.22.5', '--distro', 'none', '--no-wsl-msi'])).toMatchObject({ ok: true, options: { go: { arch: 'arm64', version: 'go1.22.5' }, wslMsi: null, distro: null } });
    expect(parseBundleArgs([])).toMatchObject({ ok: false, reason: '--out DIR is required' });
    expect(parseBundleArgs(['--out', 'b', '--distro', '--unregister'])).toMatchObject({ ok: false });
    expect(parseBundleArgs(['--out', 'b', '--distro', 'x;rm'])).toMatchObject({ ok: false, reason: expect.stringContaining('distro name') });
    expect(parseBundleArgs(['--out', 'b', '--go', '1.22'])).toMatchObject({ ok: false });
    expect(parseBundleArgs(['--out', 'b', '--arch', 'x86'])).toMatchObject({ ok: false });
  });

  it('makes a Go-only bundle and says where (exit 0); a refused release list is exit 1 with no manifest', async () => {
    const go = await fakeGoTarball(work, { version: 'go1.22.3' });
    const bytes = fs.readFileSync(go.path);
    const server = await startFileServer({ files: new Map([[`/${go.filename}`, bytes as Uint8Array]]), routes: new Map([['/dl/', { type: 'application/json', body: releaseListJson([{ version: go.version, stable: true, filename: go.filename, sha256: go.sha256, size: go.size }]) }]]) });
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    try {
      const dir = path.join(work, 'go-only');
      const code = await bundleMain(['--out', dir, '--distro', 'none', '--no-wsl-msi'], io, { releaseLists: [`${server.url}/dl/?mode=json`], mirrors: [{ id: 'local', base: `${server.url}/` }], allowLoopbackHttp: true });
      expect(code, err.join('')).toBe(0);
      expect(out.join('')).toContain(`bundle ready in ${dir}: ${go.filename}, manifest.json`);
      const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      expect(m.go).toMatchObject({ sha256: createHash('sha256').update(bytes).digest('hex'), version: 'go1.22.3' });

      const bad = path.join(work, 'bad');
      err.length = 0;
      const code2 = await bundleMain(['--out', bad, '--distro', 'none', '--no-wsl-msi'], io, { releaseLists: [`${server.url}/nothing/`], allowLoopbackHttp: true });
      expect(code2).toBe(1);
      expect(err.join('')).toMatch(/failed \(go\).*\n.*No manifest\.json/);
      expect(fs.existsSync(path.join(bad, 'manifest.json'))).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('takes --proxy (or HTTPS_PROXY) as http://HOST:PORT only, never with a password', () => {
    expect(proxyEntry('http://10.0.0.1:8080')).toBe('PROXY 10.0.0.1:8080');
    expect(proxyEntry('http://proxy.corp.example:3128/')).toBe('PROXY proxy.corp.example:3128');
    for (const bad of ['http://u:p@proxy:8080', 'https://proxy:8080', 'socks5://proxy:1080', 'http://proxy', 'proxy:8080', 'http://proxy:8080/pac']) expect(proxyEntry(bad), bad).toBeNull();
    expect(parseBundleArgs(['--out', 'b', '--proxy', 'http://u:secret@proxy:8080'])).toMatchObject({ ok: false, reason: expect.not.stringContaining('secret') });
    expect(parseBundleArgs(['--out', 'b'], { HTTPS_PROXY: 'http://127.0.0.1:7890' })).toMatchObject({ ok: true, proxy: 'http://127.0.0.1:7890' });
    expect(parseBundleArgs(['--out', 'b', '--proxy', 'http://127.0.0.1:3128'], { HTTPS_PROXY: 'http://127.0.0.1:7890' })).toMatchObject({ proxy: 'http://127.0.0.1:3128' });
  });

  it('with --proxy, every request goes through the proxy (the mirror name resolves only there)', async () => {
    const go = await fakeGoTarball(work, { version: 'go1.22.4' });
    const bytes = fs.readFileSync(go.path);
    const server = await startFileServer({ files: new Map([[`/${go.filename}`, bytes as Uint8Array]]), routes: new Map([['/dl/', { type: 'application/json', body: releaseListJson([{ version: go.version, stable: true, filename: go.filename, sha256: go.sha256, size: go.size }]) }]]) });
    const proxy = await startConnectProxy();
    const out: string[] = [];
    const err: string[] = [];
    try {
      const dir = path.join(work, 'via-proxy');
      const code = await bundleMain(['--out', dir, '--distro', 'none', '--no-wsl-msi', '--proxy', proxy.url], { out: (t) => out.push(t), err: (t) => err.push(t) }, {
        releaseLists: [`${server.url}/dl/?mode=json`],
        mirrors: [{ id: 'behind-proxy', base: `http://dl.gws.test:${server.port}/` }],
        allowLoopbackHttp: true,
      });
      expect(code, err.join('')).toBe(0);
      expect(proxy.log.some((l) => l.startsWith(`GET http://dl.gws.test:${server.port}/${go.filename}`))).toBe(true);
      expect(proxy.log.some((l) => l.includes('/dl/?mode=json'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'manifest.json'))).toBe(true);
    } finally {
      await proxy.close();
      await server.close();
    }
  });
});
