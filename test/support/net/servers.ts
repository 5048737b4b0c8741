import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { listenOnLoopback } from '../loopback-server';
import { makeZip } from './zip';

/**
 * Loopback servers for network tests: a Go module proxy (GOPROXY protocol)
 * serving fixture modules, and fault servers (hang, refuse, untrusted TLS,
 * 410 Gone, slow). All bind 127.0.0.1 only, and each closes by itself after
 * `lifetimeMs` so a crashed test cannot leave one behind.
 */

export interface Running {
  readonly url: string;
  readonly port: number;
  /** Requests seen (method + path), for assertions. */
  readonly requests: string[];
  close(): Promise<void>;
}

const LIFETIME_MS = 150_000;

/** Listen on a free loopback port; closes itself after lifetimeMs; close() ends every open socket. */
export async function listen(server: Server | ReturnType<typeof createNetServer>, scheme: string, requests: string[], sockets: Set<Socket>, lifetimeMs = LIFETIME_MS): Promise<Running> {
  return { ...(await listenOnLoopback(server, scheme, sockets, lifetimeMs)), requests };
}

export interface FixtureModule {
  readonly path: string;
  readonly versions: Record<string, Record<string, string>>;
}

/** The module the proof fetches: a tiny package with one function. */
export const HELLO_MODULE: FixtureModule = {
  path: 'gws.test/hello',
  versions: {
    'v1.0.0': { 'go.mod': 'module gws.test/hello\n\ngo 1.19\n', 'hello.go': 'package hello\n\nfunc Hello() string { return "hello, v1.0.0" }\n' },
    'v1.1.0': { 'go.mod': 'module gws.test/hello\n\ngo 1.19\n', 'hello.go': 'package hello\n\nfunc Hello() string { return "hello, v1.1.0" }\n' },
  },
};

export interface ModuleProxyOptions {
  modules?: readonly FixtureModule[];
  /** Wait this long before every answer (the "slow" proxy, race latencies). */
  delayMs?: number;
  /** Answer 410 Gone for every request (what proxy.golang.org says for unknown modules). */
  gone?: boolean;
  /** Say yes to /sumdb/sum.golang.org/supported (the proxy proxies the checksum database). */
  sumdb?: boolean;
  /** Serve HTTPS with this key and certificate (a TLS-inspecting company proxy's stand-in). */
  tls?: { key: string; cert: string };
}

/** A GOPROXY protocol server: /<module>/@v/list, .info, .mod, .zip, /@latest. */
export async function startModuleProxy(opts: ModuleProxyOptions = {}): Promise<Running> {
  const modules = new Map((opts.modules ?? [HELLO_MODULE]).map((m) => [m.path, m]));
  const requests: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    const answer = () => {
      if (opts.sumdb && req.url === '/sumdb/sum.golang.org/supported') return void res.writeHead(200).end();
      serveGoproxy(modules, req.url ?? '/', res, opts.gone ?? false);
    };
    if (opts.delayMs) setTimeout(answer, opts.delayMs);
    else answer();
  };
  if (opts.tls) {
    const server = createTlsServer({ key: opts.tls.key, cert: opts.tls.cert }, handle);
    server.on('tlsClientError', () => undefined);
    return listen(server, 'https', requests, new Set());
  }
  return listen(createServer(handle), 'http', requests, new Set());
}

function serveGoproxy(modules: Map<string, FixtureModule>, url: string, res: ServerResponse, gone: boolean): void {
  const notFound = (code: number, text: string) => {
    res.writeHead(code, { 'content-type': 'text/plain' }).end(text);
  };
  if (gone) return notFound(410, 'not found: module gone\n');
  const m = /^\/(.+?)\/@(v\/list|v\/([^/]+)\.(info|mod|zip)|latest)$/.exec(url.split('?')[0] ?? '');
  const mod = m ? modules.get(decodeURIComponent(m[1] ?? '')) : undefined;
  if (!m || !mod) return notFound(404, `not found: ${url}\n`);
  const versions = Object.keys(mod.versions);
  if (m[2] === 'v/list') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(versions.join('\n') + '\n');
  const version = m[2] === 'latest' ? versions[versions.length - 1]! : (m[3] ?? '');
  const files = mod.versions[version];
  if (!files) return notFound(404, `not found: ${mod.path}@${version}\n`);
  const kind = m[2] === 'latest' ? 'info' : m[4];
  if (kind === 'info') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Version: version, Time: '2024-01-01T00:00:00Z' }));
  if (kind === 'mod') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(files['go.mod'] ?? `module ${mod.path}\n`);
  const zipFiles: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) zipFiles[`${mod.path}@${version}/${name}`] = text;
  res.writeHead(200, { 'content-type': 'application/zip' }).end(makeZip(zipFiles));
}

/** Accepts connections and never says a word: for TLS this is Go's "TLS handshake timeout". */
export async function startHangServer(): Promise<Running> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createNetServer((s) => {
    requests.push('connect');
    s.on('error', () => undefined);
  });
  return listen(server, 'https', requests, sockets);
}

/** A port that was just free and is now closed: connecting is refused. */
export async function refusedPort(): Promise<number> {
  const s = createNetServer();
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** HTTPS with the given key/cert (made by openssl at test time, see tls-cert.ts). */
export async function startTlsServer(key: string, cert: string, body = 'ok\n'): Promise<Running> {
  const requests: string[] = [];
  const server = createTlsServer({ key, cert }, (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
  });
  server.on('tlsClientError', () => undefined);
  return listen(server, 'https', requests, new Set());
}
