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
  server.on('connection', (s) => {
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
  const timer = setTimeout(() => void close(), options.lifetimeMs ?? 120_000);
  timer.unref();
  return { url: `http://127.0.0.1:${port}`, port, requests, close };
}

/** A loopback address where nothing listens: connecting is refused at once. */
export async function refusedUrl(): Promise<string> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
