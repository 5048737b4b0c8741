import http from 'node:http';
import net from 'node:net';

/**
 * A throwaway HTTP server on 127.0.0.1 for tests and benches. It closes by
 * itself after `lifetimeMs` (so a forgotten server never keeps a run alive),
 * and close() also destroys open sockets (hanging fault handlers hold some).
 */
export interface LoopbackServer {
  readonly url: string;
  readonly port: number;
  /** Requests seen, in order (method, url, range header). */
  readonly requests: Array<{ method: string; url: string; range: string | null }>;
  close(): Promise<void>;
}

export async function startLoopbackServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  options: { lifetimeMs?: number } = {},
): Promise<LoopbackServer> {
  const sockets = new Set<net.Socket>();
  const requests: LoopbackServer['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', range: req.headers.range ?? null });
    handler(req, res);
  });
  const { url, port, close } = await listenOnLoopback(server, 'http', sockets, options.lifetimeMs ?? 120_000);
  return { url, port, requests, close };
}

/** A loopback address where nothing listens: connecting is refused at once. */
export async function refusedUrl(): Promise<string> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/**
 * Listen on a free 127.0.0.1 port; the server closes itself after lifetimeMs,
 * and close() destroys every socket in `sockets` (the server's own connections
 * are added to it here; callers may add more, e.g. a proxy's upstream sockets).
 */
export async function listenOnLoopback(
  server: net.Server,
  scheme: string,
  sockets: Set<net.Socket>,
  lifetimeMs: number,
): Promise<{ url: string; port: number; close(): Promise<void> }> {
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  const timer = setTimeout(() => void close(), lifetimeMs);
  timer.unref();
  return { url: `${scheme}://127.0.0.1:${port}`, port, close };
}
