import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import tls from 'node:tls';
import { formatRoute, parsePacResult, type ProxyRoute } from '../../../src-shared/network/pac-result';
import { DIRECT_RESOLVER, type ProxyResolver } from '../proxy-route/resolver';

/**
 * One GET with bounded waiting: a connect/headers deadline, an idle deadline
 * while the body streams (a mirror that stops sending is a drop, not a hang),
 * redirects followed (go.dev/dl answers with a redirect to dl.google.com) but
 * never from HTTPS down to HTTP, and cancellation by AbortSignal.
 *
 * Node's http does not read the Windows proxy settings, so every hop (each
 * redirect target too) first asks a ProxyResolver which way Windows would go
 * for that URL, and then goes there: DIRECT, or through an HTTP proxy (a
 * CONNECT tunnel for https, an absolute-URI request for http). Entries of the
 * answer are tried in order, as a browser does; a proxy that refuses is
 * reported as PROXY_REFUSED, never silently bypassed.
 */
export interface HttpGetOptions {
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** Until the response headers arrive. */
  readonly headersTimeoutMs?: number;
  /** Longest silence while the body streams. */
  readonly idleTimeoutMs?: number;
  readonly maxRedirects?: number;
}

export interface HttpResponse {
  readonly url: string;
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** The body; destroy it when done early. Emits 'error' on an idle timeout or a reset. */
  readonly body: Readable;
}

export type HttpGet = (url: string, options?: HttpGetOptions) => Promise<HttpResponse>;

export class HttpError extends Error {
  constructor(
    message: string,
    /** A short machine code: ECONNREFUSED, TIMEOUT, HTTP_500, REDIRECT_DOWNGRADE, PROXY_REFUSED ... */
    readonly code: string,
    /** For an error that sums up several attempts (every release-list source failed): their codes. */
    readonly causes: readonly string[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface HttpClientOptions {
  /** Which proxy each URL takes; default: DIRECT for everything. */
  readonly resolver?: ProxyResolver;
  /** Extra trusted roots (tests: the loopback HTTPS server's own certificate). */
  readonly ca?: string;
  /** Told which route each request took (for logs and tests; a route holds no credentials). */
  readonly onRoute?: (url: string, route: string) => void;
}

export function createHttpGet(client: HttpClientOptions = {}): HttpGet {
  const resolver = client.resolver ?? DIRECT_RESOLVER;
  return (url, options = {}) => follow(url, options, async (hopUrl) => {
    let answer: string;
    try {
      answer = await resolver.resolve(hopUrl);
    } catch (e) {
      throw new HttpError(`could not resolve the proxy for ${hopUrl}: ${(e as Error).message}`, 'PROXY_RESOLVE_FAILED');
    }
    return viaRoutes(hopUrl, parsePacResult(answer), options, client);
  });
}

/**
 * The catalog ID when the Windows proxy was in the way of some attempt (the
 * proxy the system settings or the PAC named is down, or answered like no
 * HTTP proxy), or null when it was not. A dead proxy wins over the other
 * attempts' errors: the sources it did not carry (sent DIRECT by the PAC)
 * failing too is common where only the proxy reaches the internet, and
 * fixing the proxy is the step that helps.
 */
export function windowsProxyCatalogId(codes: ReadonlyArray<string | undefined>): string | null {
  if (codes.includes('PROXY_REFUSED')) return 'WIN_PROXY_REFUSED';
  if (codes.some((c) => c === 'PROXY_BAD_RESPONSE' || c === 'PROXY_AUTH_REQUIRED' || c === 'PROXY_UNSUPPORTED')) return 'PROXY_BAD_RESPONSE';
  return null;
}

/** Direct connections only (no proxy): the default client. */
export const httpGet: HttpGet = createHttpGet();

async function follow(url: string, options: HttpGetOptions, getOnce: (url: string) => Promise<HttpResponse>): Promise<HttpResponse> {
  let current = url;
  const max = options.maxRedirects ?? 5;
  for (let hop = 0; hop <= max; hop++) {
    const res = await getOnce(current);
    const loc = res.headers.location;
    if (res.status >= 300 && res.status < 400 && loc) {
      res.body.resume();
      res.body.destroy();
      const next = new URL(loc, current);
      if (new URL(current).protocol === 'https:' && next.protocol !== 'https:') {
        throw new HttpError(`redirect from ${current} to a non-HTTPS address`, 'REDIRECT_DOWNGRADE');
      }
      current = next.toString();
      continue;
    }
    return res;
  }
  throw new HttpError(`too many redirects from ${url}`, 'TOO_MANY_REDIRECTS');
}

/** Try the resolver's routes in order; only a failure to reach a proxy moves on to the next route. */
async function viaRoutes(url: string, routes: readonly ProxyRoute[], options: HttpGetOptions, client: HttpClientOptions): Promise<HttpResponse> {
  const usable = routes.filter((r) => r.kind === 'direct' || r.kind === 'http');
  if (usable.length === 0) {
    throw new HttpError(`the system proxy for ${url} is ${routes.map(formatRoute).join('; ')}, which this client cannot use (it speaks DIRECT and PROXY; not HTTPS or SOCKS proxies)`, 'PROXY_UNSUPPORTED');
  }
  let last: HttpError | null = null;
  for (const route of usable) {
    client.onRoute?.(url, formatRoute(route));
    try {
      return await getOnce(url, options, route.kind === 'http' ? route : null, client.ca);
    } catch (e) {
      if (!(e instanceof HttpError) || e.code !== 'PROXY_REFUSED') throw e;
      last = e;
    }
  }
  throw last ?? new HttpError(`no route to ${url}`, 'PROXY_REFUSED');
}

interface ProxyHop {
  readonly host: string;
  readonly port: number;
}

async function getOnce(url: string, options: HttpGetOptions, proxy: ProxyHop | null, ca: string | undefined): Promise<HttpResponse> {
  const u = new URL(url);
  if (proxy && u.protocol === 'https:') {
    const tunnel = await openTunnel(u, proxy, options);
    return requestOnce(url, options, null, ca, tunnel);
  }
  return requestOnce(url, options, proxy, ca, null);
}

function requestOnce(url: string, options: HttpGetOptions, proxy: ProxyHop | null, ca: string | undefined, tunnel: Socket | null): Promise<HttpResponse> {
  const u = new URL(url);
  const lib = u.protocol === 'https:' ? https : u.protocol === 'http:' ? http : null;
  if (!lib) return Promise.reject(new HttpError(`unsupported scheme in ${url}`, 'BAD_URL'));
  if (options.signal?.aborted) {
    // A tunnel opened just before the cancel must not stay open.
    tunnel?.destroy();
    return Promise.reject(new HttpError('cancelled', 'CANCELLED'));
  }

  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const headers = { 'user-agent': 'go-wsl-setup', ...options.headers };
    // agent: false (or our own socket): a probe's socket must not be reused by a later download (it may be half-dead).
    const req = tunnel
      ? // https through a proxy: TLS to the real host inside the CONNECT tunnel; the proxy sees only host:port.
        https.get(u, { headers, createConnection: () => tls.connect({ socket: tunnel, servername: u.hostname.replace(/^\[|\]$/g, ''), ...(ca ? { ca } : {}) }) })
      : proxy
        ? // Plain http through a proxy: the absolute URI goes to the proxy, which forwards it.
          http.get({ host: proxy.host, port: proxy.port, path: u.toString(), headers: { ...headers, host: u.host }, agent: false })
        : lib.get(u, { headers, agent: false, ...(ca ? { ca } : {}) });
    const fail = (err: HttpError) => {
      if (settled) return;
      settled = true;
      clearTimeout(headersTimer);
      req.destroy(err);
      reject(err);
    };
    const headersTimer = setTimeout(
      () => fail(new HttpError(`no answer from ${u.host} within ${options.headersTimeoutMs ?? 15000} ms`, 'TIMEOUT')),
      options.headersTimeoutMs ?? 15000,
    );
    const onAbort = () => {
      const err = new HttpError('cancelled', 'CANCELLED');
      if (!settled) fail(err);
      else req.destroy(err);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e instanceof HttpError) return fail(e);
      // Through a plain-http proxy, a refused or unreachable connection is the proxy's, not the site's.
      if (proxy && u.protocol === 'http:' && /ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ENOTFOUND/.test(e.code ?? '')) return fail(proxyDown(proxy, e));
      fail(new HttpError(`${u.host}: ${e.message}`, e.code ?? 'NET_ERROR'));
    });
    req.on('close', () => options.signal?.removeEventListener('abort', onAbort));
    req.on('response', (res) => {
      if (settled) {
        res.destroy();
        return;
      }
      settled = true;
      clearTimeout(headersTimer);
      const idle = options.idleTimeoutMs ?? 20000;
      res.setTimeout(idle, () => res.destroy(new HttpError(`${u.host} sent nothing for ${idle} ms`, 'IDLE_TIMEOUT')));
      // A reset after the headers surfaces as an 'aborted' close without an error on some Node versions.
      res.on('aborted', () => res.destroy(new HttpError(`${u.host} closed the connection mid-body`, 'ECONNRESET')));
      resolve({ url, status: res.statusCode ?? 0, headers: res.headers, body: res });
    });
  });
}

function proxyDown(proxy: ProxyHop, e: NodeJS.ErrnoException): HttpError {
  return new HttpError(`the proxy ${proxy.host}:${proxy.port} refused the connection (${e.code ?? e.message})`, 'PROXY_REFUSED');
}

/**
 * A CONNECT tunnel through the proxy to the URL's host:port, bounded by the
 * headers deadline and the caller's signal. A refused proxy is PROXY_REFUSED;
 * 407 is PROXY_AUTH_REQUIRED; any other answer is PROXY_BAD_RESPONSE.
 */
function openTunnel(u: URL, proxy: ProxyHop, options: HttpGetOptions): Promise<Socket> {
  const target = `${u.hostname}:${Number(u.port || 443)}`;
  const timeoutMs = options.headersTimeoutMs ?? 15000;
  return new Promise<Socket>((resolve, reject) => {
    let settled = false;
    const req = http.request({ host: proxy.host, port: proxy.port, method: 'CONNECT', path: target, headers: { host: target, 'user-agent': 'go-wsl-setup' }, agent: false });
    const done = (err: HttpError | null, socket?: Socket) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (err) {
        socket?.destroy();
        req.destroy();
        reject(err);
      } else resolve(socket!);
    };
    const timer = setTimeout(() => done(new HttpError(`the proxy ${proxy.host}:${proxy.port} did not open a tunnel to ${target} within ${timeoutMs} ms`, 'TIMEOUT')), timeoutMs);
    const onAbort = () => done(new HttpError('cancelled', 'CANCELLED'));
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('connect', (res: http.IncomingMessage, socket: Socket, head: Buffer) => {
      if (res.statusCode !== 200) {
        const code = res.statusCode === 407 ? 'PROXY_AUTH_REQUIRED' : 'PROXY_BAD_RESPONSE';
        return done(new HttpError(`the proxy ${proxy.host}:${proxy.port} answered ${res.statusCode} to CONNECT ${target}`, code), socket);
      }
      if (head.length) socket.unshift(head);
      done(null, socket);
    });
    req.on('response', (res: http.IncomingMessage) => {
      res.resume();
      done(new HttpError(`the proxy ${proxy.host}:${proxy.port} answered ${res.statusCode} to CONNECT ${target}`, 'PROXY_BAD_RESPONSE'));
    });
    req.on('error', (e: NodeJS.ErrnoException) => done(proxyDown(proxy, e)));
    req.end();
  });
}
