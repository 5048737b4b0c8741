import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { diagnose } from '../../../src-shared/diagnose';
import { NetworkService } from '../../../src-main/services/network';
import { scriptSpec } from '../../../src-main/services/network/command';
import { BashHost } from '../../support/net/bash-host';
import { startConnectProxy, type RunningProxy } from '../../support/net/connect-proxy';
import { makeGoWorkspace, runGo } from '../../support/net/go-run';
import { makeNetSandbox, type NetSandbox } from '../../support/net/sandbox';
import { refusedPort, startHangServer, startModuleProxy, type Running } from '../../support/net/servers';

const target = { distro: 'Ubuntu', user: 'tester' };
const PATH_ = '/gws.test/hello/@v/list';

let fast: Running;
let slow: Running;
let gone: Running;
let hangA: Running;
let hangB: Running;
let sumdbProxy: Running;
let proxy: RunningProxy;
let closedPort: number;
let sb: NetSandbox;

beforeAll(async () => {
  [fast, slow, gone, hangA, hangB, sumdbProxy, proxy, closedPort] = await Promise.all([
    startModuleProxy({ delayMs: 50 }),
    startModuleProxy({ delayMs: 200 }),
    startModuleProxy({ gone: true }),
    startHangServer(),
    startHangServer(),
    startModuleProxy({ sumdb: true }),
    startConnectProxy(),
    refusedPort(),
  ]);
});
afterAll(async () => {
  await Promise.all([fast, slow, gone, hangA, hangB, sumdbProxy, proxy].map((s) => s?.close()));
});
beforeEach(() => {
  sb?.cleanup();
  sb = makeNetSandbox();
});

const http = (r: Running) => `http://127.0.0.1:${r.port}`;
const svc = (opts: ConstructorParameters<typeof NetworkService>[1] = {}, env: Record<string, string> = {}) =>
  new NetworkService(new BashHost({ root: sb.root, home: sb.home, env }), { probePath: PATH_, sumdbProbes: null, ...opts });

describe('raceGoproxy from inside the distro', () => {
  it('picks the fastest healthy proxy without waiting for the hanging ones, and names each failure', async () => {
    const candidates = [http(hangA), `http://127.0.0.1:${closedPort}`, http(slow), http(gone), http(fast), http(hangB)];
    const started = Date.now();
    const r = await svc().raceGoproxy({ target, candidates });
    expect(r.winner).toBe(http(fast));
    expect(r.reason).toBe('first-healthy');
    // Hangs are abandoned, not waited for (curl's own limit is 8 s).
    expect(Date.now() - started).toBeLessThan(3000);
    const by = new Map(r.candidates.map((c) => [c.url, c]));
    expect(by.get(http(hangA))).toMatchObject({ abandoned: true, ok: false });
    expect(by.get(`http://127.0.0.1:${closedPort}`)).toMatchObject({ ok: false, finding: 'CONN_REFUSED_REMOTE' });
    expect(by.get(http(fast))?.latencyMs).toBeGreaterThanOrEqual(50);
  });

  it('keeps sum.golang.org through a proxy that serves it, else the China mirror, else reports GOSUMDB_FAILURE', async () => {
    const refused = `http://127.0.0.1:${closedPort}/latest`;
    const viaProxy = await svc({ sumdbProbes: { defaultUrl: refused, chinaUrl: refused } }).raceGoproxy({ target, candidates: [http(sumdbProxy)] });
    expect(viaProxy.sumdb).toEqual({ value: 'sum.golang.org', reason: 'via-proxy', finding: null });
    const china = await svc({ sumdbProbes: { defaultUrl: refused, chinaUrl: `${http(fast)}${PATH_}` } }).raceGoproxy({ target, candidates: [http(fast)] });
    expect(china.sumdb).toMatchObject({ value: 'sum.golang.google.cn', reason: 'china-mirror' });
    const none = await svc({ sumdbProbes: { defaultUrl: refused, chinaUrl: refused } }).raceGoproxy({ target, candidates: [http(fast)] });
    expect(none.sumdb).toEqual({ value: 'sum.golang.org', reason: 'unreachable', finding: 'GOSUMDB_FAILURE' });
  });

  it('races through the Windows proxy stand-in, and blames the proxy when it refuses', async () => {
    const names = [`http://fast.gws.test:${fast.port}`, `http://slow.gws.test:${slow.port}`];
    const through = await svc().raceGoproxy({ target, candidates: names, proxy: { url: proxy.url } });
    expect(through.winner).toBe(names[0]);
    expect(proxy.log).toContain(`GET http://fast.gws.test:${fast.port}${PATH_}`);
    const refusing = await svc().raceGoproxy({ target, candidates: names, proxy: { url: `http://127.0.0.1:${closedPort}` } });
    expect(refusing.winner).toBeNull();
    expect(refusing.candidates.map((c) => c.finding)).toEqual(['PROXY_REFUSED', 'PROXY_REFUSED']);
  });
});

describe('applyGoproxy', () => {
  it('sets GOPROXY/GOSUMDB/GOPRIVATE with go env -w and finds, then fixes, an exported GOPROXY', async () => {
    sb.write('home/tester/.bashrc', '# ~/.bashrc\nexport GOPROXY=https://proxy.golang.org\nexport PATH=$PATH:/usr/local/go/bin\n');
    const s = svc();
    const first = await s.applyGoproxy({ target, goproxy: http(fast), gosumdb: 'sum.golang.org', goprivate: 'git.corp.example/*', fixOverrides: false });
    expect(first).toMatchObject({ goproxy: `${http(fast)},direct`, gosumdb: 'sum.golang.org', goprivate: 'git.corp.example/*', findings: ['GOENV_OVERRIDDEN_BY_OS_ENV'] });
    expect(first.overrides).toEqual([{ file: join(sb.homeDir, '.bashrc'), line: 2, name: 'GOPROXY' }]);
    expect(readFileSync(join(sb.homeDir, '.config/go/env'), 'utf8')).toContain(`GOPROXY=${http(fast)},direct`);
    const fixed = await s.applyGoproxy({ target, goproxy: http(fast), gosumdb: 'sum.golang.org', fixOverrides: true });
    expect(fixed.findings).toEqual([]);
    expect(readFileSync(join(sb.homeDir, '.bashrc'), 'utf8')).toContain('# disabled by go-wsl-setup (go env -w sets this now): export GOPROXY=https://proxy.golang.org');
    expect(readFileSync(join(sb.homeDir, '.bashrc.go-wsl-setup.bak'), 'utf8')).toContain('\nexport GOPROXY=');
    const again = await s.applyGoproxy({ target, goproxy: http(fast), gosumdb: 'sum.golang.org', fixOverrides: true });
    expect(again.overrides).toEqual([]);
    expect(again.changes).toEqual([]);
  });

  it('undo puts back the user\'s own GOPROXY, unsets what was unset, re-enables the commented export, and keeps later go env -w settings', async () => {
    sb.write('home/tester/.config/go/env', 'GOPROXY=https://goproxy.io,direct\nGOFLAGS=-mod=mod\n');
    sb.write('home/tester/.bashrc', '# ~/.bashrc\nexport GOPROXY=https://goproxy.io,direct\n');
    const s = svc();
    const applied = await s.applyGoproxy({ target, goproxy: http(fast), gosumdb: 'sum.golang.google.cn', goprivate: 'git.corp.example/*', fixOverrides: true });
    const envFile = join(sb.homeDir, '.config/go/env');
    expect(applied.changes).toContainEqual({ action: 'written', path: envFile, backup: `${envFile}.go-wsl-setup.bak` });
    // The user changes something else afterwards; undo must keep it.
    writeFileSync(envFile, readFileSync(envFile, 'utf8') + 'GOTOOLCHAIN=local\n');
    // A second apply keeps the first copy: undo goes back to before the wizard, not to its own earlier write.
    await s.applyGoproxy({ target, goproxy: http(slow), gosumdb: 'sum.golang.org', fixOverrides: true });

    const undone = await s.undoGoproxy({ target });
    expect(undone).toMatchObject({ goproxy: 'https://goproxy.io,direct', gosumdb: 'sum.golang.org', goprivate: '' });
    const env = readFileSync(envFile, 'utf8');
    expect(env).toContain('GOFLAGS=-mod=mod');
    expect(env).toContain('GOTOOLCHAIN=local');
    expect(env).not.toMatch(/GOSUMDB|GOPRIVATE|127\.0\.0\.1/);
    expect(readFileSync(join(sb.homeDir, '.bashrc'), 'utf8')).toBe('# ~/.bashrc\nexport GOPROXY=https://goproxy.io,direct\n');
    expect(undone.changes.map((c) => c.path)).toEqual([envFile, join(sb.homeDir, '.bashrc')]);
    expect(existsSync(`${envFile}.go-wsl-setup.bak`)).toBe(false);
    // Nothing left to undo: nothing changes.
    expect((await s.undoGoproxy({ target })).changes).toEqual([]);
  });

  it('undo after a first write into no settings file at all leaves the three variables unset', async () => {
    const s = svc();
    await s.applyGoproxy({ target, goproxy: http(fast), gosumdb: 'sum.golang.org', fixOverrides: false });
    const envFile = join(sb.homeDir, '.config/go/env');
    expect(readFileSync(envFile, 'utf8')).toContain('GOPROXY=');
    const undone = await s.undoGoproxy({ target });
    expect(undone.goproxy).toBe('https://proxy.golang.org,direct'); // Go's default
    expect(readFileSync(envFile, 'utf8')).not.toMatch(/GOPROXY|GOSUMDB|GOPRIVATE/);
    expect(existsSync(`${envFile}.go-wsl-setup.none`)).toBe(false);
  });

  it("reads Go's own warning when the variable is exported in the running environment", async () => {
    const r = await svc({}, { GOPROXY: 'https://proxy.golang.org' }).applyGoproxy({ target, goproxy: http(fast), gosumdb: 'sum.golang.org', fixOverrides: false });
    expect(r.findings).toContain('GOENV_OVERRIDDEN_BY_OS_ENV');
  });

  it("the real warning text of `go env -w` goes through the diagnoser as GOENV_OVERRIDDEN_BY_OS_ENV", async () => {
    const ws = makeGoWorkspace();
    try {
      const res = await runGo(['env', '-w', 'GOPROXY=https://goproxy.cn,direct'], ws.dir, ws.env({ GOPROXY: 'https://proxy.golang.org' }));
      expect(res.stderr).toMatch(/does not override conflicting OS environment variable/);
      expect(diagnose(res.stderr).map((f) => f.id)[0]).toBe('GOENV_OVERRIDDEN_BY_OS_ENV');
    } finally {
      ws.cleanup();
    }
  });

  it('the script refuses hostile values that bypass the contract', async () => {
    const host = new BashHost({ root: sb.root, home: sb.home });
    for (const args of [
      ['https://x,direct', 'off', '', '0'],
      ['https://x,direct', 'sum.golang.org', '$(touch /tmp/gws-pwned)', '0'],
      ["https://x';touch /tmp/gws-pwned;',direct", 'sum.golang.org', '', '0'],
      ['-w,direct', 'sum.golang.org', '', '0'],
    ]) {
      const r = await host.run(scriptSpec({ id: 't', target, script: 'net-goproxy-apply.sh', args, timeoutMs: 20_000, title: 't' }));
      expect(r.stdout).toMatch(/^ERROR (GOPROXY|GOSUMDB|GOPRIVATE) rejected/m);
    }
    expect(() => readFileSync('/tmp/gws-pwned')).toThrow();
  });
});
