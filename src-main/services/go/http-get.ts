import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';

/**
 * One GET with bounded waiting: a connect/headers deadline, an idle deadline
 * while the body streams (a mirror that stops sending is a drop, not a hang),
 * redirects followed (go.dev/dl answers with a redirect to dl.google.com) but
 * never from HTTPS down to HTTP, and cancellation by AbortSignal.
 *
 * Node's http does not read the Windows proxy settings; where the user needs a
 * proxy, the lead can pass another `HttpGet` (e.g. one built on Electron's
 * `net`, which follows the system proxy and PAC) to the services.
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
    /** A short machine code: ECONNREFUSED, TIMEOUT, HTTP_500, REDIRECT_DOWNGRADE ... */
    readonly code: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const httpGet: HttpGet = async (url, options = {}) => {
  let current = url;
  const max = options.maxRedirects ?? 5;
  for (let hop = 0; hop <= max; hop++) {
    const res = await getOnce(current, options);
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
};

function getOnce(url: string, options: HttpGetOptions): Promise<HttpResponse> {
  const u = new URL(url);
  const lib = u.protocol === 'https:' ? https : u.protocol === 'http:' ? http : null;
  if (!lib) return Promise.reject(new HttpError(`unsupported scheme in ${url}`, 'BAD_URL'));
  if (options.signal?.aborted) return Promise.reject(new HttpError('cancelled', 'CANCELLED'));

  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    // agent: false: a probe's socket must not be reused by a later download (it may be half-dead).
    const req = lib.get(u, { headers: { 'user-agent': 'go-wsl-setup', ...options.headers }, agent: false });
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

    req.on('error', (e: NodeJS.ErrnoException) => fail(new HttpError(`${u.host}: ${e.message}`, e.code ?? 'NET_ERROR')));
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
