import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../../src-shared/diagnose';
import { startConnectProxy, type RunningProxy } from '../../support/net/connect-proxy';
import { makeGoWorkspace, runGo, type GoWorkspace } from '../../support/net/go-run';
import { refusedPort, startHangServer, startModuleProxy, startTlsServer, type Running } from '../../support/net/servers';
import { makeUntrustedCert } from '../../support/net/tls-cert';

/**
 * Real `go get` (Debian's Go 1.19) through a local module proxy, healthy and
 * faulty; each failure's real text goes through the diagnoser.
 */
const ids = (text: string) => diagnose(text).map((f) => f.id);

let ws: GoWorkspace;
let healthy: Running;
let slow: Running;
let gone: Running;
let hang: Running;
let tls: Running;
let proxy: RunningProxy;
let closedPort: number;

beforeAll(async () => {
  ws = makeGoWorkspace();
  const cert = makeUntrustedCert();
  [healthy, slow, gone, hang, tls, proxy, closedPort] = await Promise.all([
    startModuleProxy(),
    startModuleProxy({ delayMs: 300 }),
    startModuleProxy({ gone: true }),
    startHangServer(),
    startTlsServer(cert.key, cert.cert),
    startConnectProxy(),
    refusedPort(),
  ]);
});

afterAll(async () => {
  await Promise.all([healthy, slow, gone, hang, tls, proxy].map((s) => s?.close()));
  ws?.cleanup();
});

async function goGet(name: string, goproxy: string, extra: Record<string, string> = {}) {
  const dir = ws.module(name);
  // A module cache per case: a cached module would never reach the server under test.
  const r = await runGo(['get', 'gws.test/hello@v1.0.0'], dir, ws.env({ GOPROXY: goproxy, GOMODCACHE: join(dir, 'modcache'), ...extra }), 45_000);
  return { ...r, dir };
}

describe('go get through a local GOPROXY', () => {
  it('fetches a fixture module by the GOPROXY protocol', async () => {
    const r = await goGet('healthy', healthy.url);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(r.dir, 'go.mod'), 'utf8')).toContain('gws.test/hello v1.0.0');
    expect(healthy.requests).toEqual(expect.arrayContaining(['GET /gws.test/hello/@v/v1.0.0.info', 'GET /gws.test/hello/@v/v1.0.0.zip']));
    expect(diagnose(r.stderr)).toEqual([]);
  });

  it('is merely slower through a slow proxy', async () => {
    const r = await goGet('slow', slow.url);
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeGreaterThanOrEqual(600); // at least .info and .mod, 300 ms each
  });

  it('goes through an HTTP proxy standing in for the Windows proxy', async () => {
    const r = await goGet('via-proxy', `http://mods.gws.test:${healthy.port}`, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '' });
    expect(r.code, r.stderr).toBe(0);
    expect(proxy.log.some((l) => l.startsWith(`GET http://mods.gws.test:${healthy.port}/gws.test/hello/@v/`))).toBe(true);
  });
});

describe("Go's real error text, diagnosed", () => {
  it('hang: TLS handshake timeout -> NET_TIMEOUT', async () => {
    const r = await goGet('hang', hang.url);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/TLS handshake timeout/);
    expect(ids(r.stderr)[0]).toBe('NET_TIMEOUT');
  }, 40_000);

  it('refused, direct: connection refused -> a refusal finding', async () => {
    const r = await goGet('refused', `http://127.0.0.1:${closedPort}`);
    expect(r.stderr).toMatch(/connect: connection refused/);
    // A refusal on 127.0.0.1 reads as a local proxy to the diagnoser; a public address as CONN_REFUSED_REMOTE.
    expect(['CONN_REFUSED_REMOTE', 'PROXY_REFUSED']).toContain(ids(r.stderr)[0]);
  });

  it('refused, through the proxy variable: proxyconnect ... refused -> PROXY_REFUSED', async () => {
    const r = await goGet('proxy-refused', `http://mods.gws.test:${healthy.port}`, { HTTP_PROXY: `http://127.0.0.1:${closedPort}`, NO_PROXY: '' });
    expect(r.stderr).toMatch(/proxyconnect tcp: dial tcp 127\.0\.0\.1:\d+: connect: connection refused/);
    expect(ids(r.stderr)[0]).toBe('PROXY_REFUSED');
  });

  it('untrusted certificate (made by openssl now) -> TLS_UNTRUSTED', async () => {
    const r = await goGet('tls', tls.url);
    expect(r.stderr).toMatch(/x509: certificate signed by unknown authority/);
    expect(ids(r.stderr)[0]).toBe('TLS_UNTRUSTED');
  });

  it('410 Gone -> MODULE_NOT_FOUND', async () => {
    const r = await goGet('gone', gone.url);
    expect(r.stderr).toMatch(/410 Gone/);
    expect(ids(r.stderr)[0]).toBe('MODULE_NOT_FOUND');
  });
});
