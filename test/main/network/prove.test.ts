import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { diagnose } from '../../../src-shared/diagnose';
import { NetworkService } from '../../../src-main/services/network';
import { aptFinding } from '../../../src-main/services/network/git';
import { BashHost } from '../../support/net/bash-host';
import { startConnectProxy, type RunningProxy } from '../../support/net/connect-proxy';
import { makeNetSandbox, type NetSandbox } from '../../support/net/sandbox';
import { refusedPort, startModuleProxy, type Running } from '../../support/net/servers';

/**
 * The proof, for real: a fresh module in the (sandboxed) Linux home, go run,
 * go get of a fixture module through the local GOPROXY, go test, cgo.
 */
const target = { distro: 'Ubuntu', user: 'tester' };
const explain = (text: string) => diagnose(text)[0]?.id ?? null;
// cgo needs a C compiler; CI installs golang-go without recommends, so gcc may be absent there.
const HAS_GCC = spawnSync('gcc', ['--version']).status === 0;
if (!HAS_GCC) console.warn('prove.test: gcc not installed; the cgo build is checked only for its CGO_NO_GCC diagnosis');
let mods: Running;
let proxy: RunningProxy;
let closedPort: number;
let sb: NetSandbox;
const cache = mkdtempSync(join(tmpdir(), 'gws-gocache-'));

beforeAll(async () => {
  [mods, proxy, closedPort] = await Promise.all([startModuleProxy(), startConnectProxy(), refusedPort()]);
});
afterAll(async () => {
  await Promise.all([mods?.close(), proxy?.close()]);
  rmSync(cache, { recursive: true, force: true });
});
beforeEach(() => {
  sb?.cleanup();
  sb = makeNetSandbox();
});

function service(env: Record<string, string>) {
  // Fixture modules are not in the public checksum database: GONOSUMDB for gws.test only.
  const base = { GONOSUMDB: 'gws.test', GOFLAGS: '-modcacherw', GOCACHE: cache, CGO_ENABLED: '0' };
  return new NetworkService(new BashHost({ root: sb.root, home: sb.home, env: { ...base, ...env } }), { explain });
}

describe('proveIt', () => {
  it('go run, go get through the chosen GOPROXY, go test, and a cgo build all pass in the Linux home', async () => {
    const r = await service({ GOPROXY: `http://127.0.0.1:${mods.port}` }).proveIt({ target, module: 'gws.test/hello', cgo: HAS_GCC });
    expect(r.steps.map((s) => [s.name, s.ok])).toEqual([
      ['init', true],
      ['run', true],
      ['get', true],
      ['test', true],
      ...(HAS_GCC ? [['cgo', true]] : []),
    ]);
    expect(r.ok).toBe(true);
    expect(r.workdir).toBe(join(sb.homeDir, 'go-wsl-setup-proof'));
    expect(r.steps[1]?.output).toContain('hello from Go in WSL');
    expect(readFileSync(join(r.workdir, 'go.mod'), 'utf8')).toContain('gws.test/hello v1.1.0');
    expect(mods.requests).toContain('GET /gws.test/hello/@v/v1.1.0.zip');
  }, 120_000);

  it('through the Windows proxy stand-in', async () => {
    const r = await service({ GOPROXY: `http://mods.gws.test:${mods.port}`, HTTP_PROXY: proxy.url }).proveIt({ target, module: 'gws.test/hello', cgo: false });
    expect(r.ok).toBe(true);
    expect(proxy.log.some((l) => l.includes('/gws.test/hello/@v/'))).toBe(true);
  }, 120_000);

  it('a refusing proxy stops at go get, named PROXY_REFUSED by the diagnoser; a missing C compiler is CGO_NO_GCC', async () => {
    const r = await service({ GOPROXY: `http://mods.gws.test:${mods.port}`, HTTP_PROXY: `http://127.0.0.1:${closedPort}` }).proveIt({ target, module: 'gws.test/hello', cgo: false });
    expect(r.ok).toBe(false);
    const get = r.steps.find((s) => s.name === 'get');
    expect(get).toMatchObject({ ok: false, finding: 'PROXY_REFUSED' });
    expect(r.steps.map((s) => s.name)).toEqual(['init', 'run', 'get']);
    const cgo = await service({ GOPROXY: `http://127.0.0.1:${mods.port}`, CC: 'gws-no-such-gcc' }).proveIt({ target, module: 'gws.test/hello', cgo: true });
    expect(cgo.steps.at(-1)).toMatchObject({ name: 'cgo', ok: false, finding: 'CGO_NO_GCC' });
  }, 120_000);

  it('refuses to remove a proof folder it did not make', async () => {
    sb.write('home/tester/go-wsl-setup-proof/mine.txt', 'user data\n');
    await expect(service({ GOPROXY: `http://127.0.0.1:${mods.port}` }).proveIt({ target, module: 'gws.test/hello', cgo: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(readFileSync(join(sb.homeDir, 'go-wsl-setup-proof/mine.txt'), 'utf8')).toBe('user data\n');
  });
});

describe('apt lock', () => {
  it('the real dpkg lock text is APT_LOCKED, for us and for the diagnoser', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/real/linux/apt-error-dpkg-lock-01.txt'), 'utf8').split('\n---\n')[1] ?? '';
    expect(aptFinding(text)).toBe('APT_LOCKED');
    expect(explain(text)).toBe('APT_LOCKED');
    expect(aptFinding('E: Unable to locate package gti')).toBeNull();
  });
});
