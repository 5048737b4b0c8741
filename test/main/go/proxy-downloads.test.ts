import { createHash } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadError, downloadVerified } from '../../../src-main/services/go/download';
import { createHttpGet, HttpError } from '../../../src-main/services/go/http-get';
import { raceMirrors } from '../../../src-main/services/go/mirror-race';
import { fetchReleaseList } from '../../../src-main/services/go/release-list';
import { settingsResolver } from '../../../src-main/services/proxy-route/resolver';
import { startFileServer } from '../../support/fault-file-server';
import { listenOnLoopback, startLoopbackServer, type LoopbackServer } from '../../support/loopback-server';
import { startConnectProxy, type RunningProxy } from '../../support/net/connect-proxy';
import { refusedPort } from '../../support/net/servers';
import { makeUntrustedCert } from '../../support/net/tls-cert';
import { releaseListJson } from '../../support/release-list';

/**
 * The wizard's own downloads follow the proxy Windows would use for each URL.
 * Everything is real and on loopback: a PAC file served over HTTP (what Clash
 * for Windows and v2rayN put in AutoConfigURL), an HTTP proxy doing CONNECT
 * and absolute-URI requests, an HTTPS "dl.gws.test" and an HTTP mirror. The
 * names under .gws.test do not resolve on this machine: only the proxy (which
 * maps them to 127.0.0.1) reaches them, so a passing download proves the route.
 */
const FILE = Buffer.alloc(300 * 1024, 7);
const SHA = createHash('sha256').update(FILE).digest('hex');
const FILENAME = 'go1.22.3.linux-amd64.tar.gz';

let proxy: RunningProxy;
let tlsServer: { port: number; close(): Promise<void> };
let mirror: LoopbackServer;
let cert: { key: string; cert: string };
let work: string;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-proxy-dl-'));
  proxy = await startConnectProxy({ lifetimeMs: 120_000 });
  cert = makeUntrustedCert('DNS:dl.gws.test,DNS:list.gws.test');
  const list = releaseListJson([{ version: 'go1.22.3', stable: true, filename: FILENAME, sha256: SHA, size: FILE.length }]);
  const srv = https.createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    if ((req.url ?? '').startsWith('/dl/')) return void res.writeHead(200, { 'content-type': 'application/json' }).end(list);
    if (req.url === `/${FILENAME}`) return void res.writeHead(200, { 'content-length': FILE.length }).end(FILE);
    res.writeHead(404).end();
  });
  srv.on('tlsClientError', () => undefined);
  tlsServer = await listenOnLoopback(srv, 'https', new Set<Socket>(), 120_000);
  mirror = await startFileServer({ files: new Map([[`/${FILENAME}`, FILE as Uint8Array]]), lifetimeMs: 120_000 });
  servers.push(proxy, tlsServer, mirror);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(work, { recursive: true, force: true });
});

/** A PAC in the shape proxy tools serve: names under gws.test through the proxy, the rest DIRECT. */
const pacText = (proxyEntry: string) => `
var proxy = "${proxyEntry}";
function FindProxyForURL(url, host) {
  if (dnsDomainIs(host, ".gws.test") || shExpMatch(host, "gws.test")) return proxy;
  return "DIRECT";
}`;

async function pacServer(text: string): Promise<LoopbackServer> {
  const s = await startLoopbackServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/x-ns-proxy-autoconfig' }).end(text), { lifetimeMs: 60_000 });
  servers.push(s);
  return s;
}

/** The resolver as the replay side builds it: registry values + the PAC fetched from its URL. */
async function pacGet(text: string, routes: string[] = []) {
  const pac = await pacServer(text);
  const resolver = settingsResolver(
    // What v2rayN writes in PAC mode: ProxyEnable 0 and AutoConfigURL http://127.0.0.1:PORT/pac/?t=HHmmss.
    { proxyEnable: 0, autoConfigUrl: `${pac.url}/pac/?t=203115` },
    { fetchPac: async (u) => (await fetch(u)).text() },
  );
  return createHttpGet({ resolver, ca: cert.cert, onRoute: (u, r) => routes.push(`${new URL(u).host} ${r}`) });
}

describe('downloads through the PAC proxy', () => {
  it('reads the release list over https through a CONNECT tunnel when the PAC says PROXY', async () => {
    const get = await pacGet(pacText(`PROXY 127.0.0.1:${proxy.port}`));
    const list = await fetchReleaseList({ sources: [`https://list.gws.test:${tlsServer.port}/dl/?mode=json&include=all`], arch: 'amd64', get });
    expect(list.releases[0]?.version).toBe('go1.22.3');
    expect(proxy.log).toContain(`CONNECT list.gws.test:${tlsServer.port}`);
  });

  it('downloads the Go archive over https (CONNECT) and over http (absolute URI) through the proxy, verified', async () => {
    const get = await pacGet(pacText(`PROXY 127.0.0.1:${proxy.port}`));
    const viaTls = await downloadVerified({ sources: [{ id: 'tls', url: `https://dl.gws.test:${tlsServer.port}/${FILENAME}` }], dir: path.join(work, 'a'), filename: FILENAME, sha256: SHA, size: FILE.length, get });
    expect(viaTls.source).toBe('tls');
    expect(proxy.log).toContain(`CONNECT dl.gws.test:${tlsServer.port}`);
    const viaHttp = await downloadVerified({ sources: [{ id: 'http', url: `http://dl.gws.test:${mirror.port}/${FILENAME}` }], dir: path.join(work, 'b'), filename: FILENAME, sha256: SHA, size: FILE.length, get });
    expect(viaHttp.source).toBe('http');
    expect(proxy.log).toContain(`GET http://dl.gws.test:${mirror.port}/${FILENAME}`);
  });

  it('goes DIRECT when the PAC says DIRECT: the proxy sees nothing', async () => {
    const routes: string[] = [];
    const get = await pacGet(pacText(`PROXY 127.0.0.1:${proxy.port}`), routes);
    const before = proxy.log.length;
    const r = await downloadVerified({ sources: [{ id: 'm', url: `${mirror.url}/${FILENAME}` }], dir: path.join(work, 'c'), filename: FILENAME, sha256: SHA, size: FILE.length, get });
    expect(r.source).toBe('m');
    expect(proxy.log.length).toBe(before);
    expect(routes).toEqual([`127.0.0.1:${mirror.port} DIRECT`]);
  });

  it('races mirrors through the proxy the PAC names', async () => {
    const get = await pacGet(pacText(`PROXY 127.0.0.1:${proxy.port}`));
    const race = await raceMirrors({ mirrors: [{ id: 'tls', base: `https://dl.gws.test:${tlsServer.port}/` }, { id: 'http', base: `http://dl.gws.test:${mirror.port}/` }], filename: FILENAME, fileSize: FILE.length, get, timeoutMs: 3000, graceMinMs: 2000, graceMaxMs: 2000 });
    expect(race.probes.filter((p) => p.ok).map((p) => p.id).sort()).toEqual(['http', 'tls']);
    expect(race.chosen).not.toBeNull();
  });

  it('diagnoses a proxy that refuses: PROXY_REFUSED for the download and the release list', async () => {
    const dead = await refusedPort();
    const get = await pacGet(pacText(`PROXY 127.0.0.1:${dead}`));
    const dl = downloadVerified({ sources: [{ id: 'tls', url: `https://dl.gws.test:${tlsServer.port}/${FILENAME}` }], dir: path.join(work, 'd'), filename: FILENAME, sha256: SHA, size: FILE.length, get });
    await expect(dl).rejects.toBeInstanceOf(DownloadError);
    await expect(dl).rejects.toMatchObject({ catalogId: 'WIN_PROXY_REFUSED' });
    await expect(get(`http://dl.gws.test:${mirror.port}/${FILENAME}`)).rejects.toMatchObject({ code: 'PROXY_REFUSED' });
    const list = fetchReleaseList({ sources: [`https://list.gws.test:${tlsServer.port}/dl/`], arch: 'amd64', get });
    await expect(list).rejects.toMatchObject({ code: 'RELEASE_LIST_UNAVAILABLE', causes: ['PROXY_REFUSED'] });
  });

  it('moves to the next entry of "PROXY dead; PROXY live" as a browser does', async () => {
    const dead = await refusedPort();
    const routes: string[] = [];
    const get = await pacGet(pacText(`PROXY 127.0.0.1:${dead}; PROXY 127.0.0.1:${proxy.port}`), routes);
    const res = await get(`http://dl.gws.test:${mirror.port}/${FILENAME}`);
    res.body.destroy();
    expect(res.status).toBe(200);
    expect(routes).toEqual([`dl.gws.test:${mirror.port} PROXY 127.0.0.1:${dead}`, `dl.gws.test:${mirror.port} PROXY 127.0.0.1:${proxy.port}`]);
  });

  it('asks again for every redirect hop (go.dev answers with a redirect to dl.google.com)', async () => {
    const redirect = await startLoopbackServer((_req, res) => void res.writeHead(302, { location: `${mirror.url}/${FILENAME}` }).end(), { lifetimeMs: 30_000 });
    servers.push(redirect);
    const routes: string[] = [];
    const get = await pacGet(pacText(`PROXY 127.0.0.1:${proxy.port}`), routes);
    const res = await get(`http://go.gws.test:${redirect.port}/dl/${FILENAME}`);
    res.body.destroy();
    expect(res.status).toBe(200);
    expect(routes).toEqual([`go.gws.test:${redirect.port} PROXY 127.0.0.1:${proxy.port}`, `127.0.0.1:${mirror.port} DIRECT`]);
  });

  it('checks the real host certificate inside the tunnel (an untrusted one fails, the proxy cannot vouch for it)', async () => {
    const pac = await pacServer(pacText(`PROXY 127.0.0.1:${proxy.port}`));
    const resolver = settingsResolver({ autoConfigUrl: `${pac.url}/pac/` }, { fetchPac: async (u) => (await fetch(u)).text() });
    const err = await createHttpGet({ resolver })(`https://dl.gws.test:${tlsServer.port}/${FILENAME}`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).code).toMatch(/CERT|SIGNATURE|ISSUER/);
  });

  it('reports a proxy that answers CONNECT with 407 as PROXY_AUTH_REQUIRED', async () => {
    const locked = await startConnectProxy({ credentials: { username: 'u', password: 'p' }, lifetimeMs: 30_000 });
    servers.push(locked);
    const get = await pacGet(pacText(`PROXY 127.0.0.1:${locked.port}`));
    const err = await get(`https://dl.gws.test:${tlsServer.port}/${FILENAME}`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).code).toBe('PROXY_AUTH_REQUIRED');
  });
});
