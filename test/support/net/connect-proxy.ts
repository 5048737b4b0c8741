import { createServer, request, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listen } from './servers';

/**
 * An HTTP proxy on loopback standing in for the Windows proxy (Clash & co.):
 * CONNECT tunnels and absolute-URI requests, optionally requiring Basic
 * credentials. It only ever connects to 127.0.0.1 (names under .gws.test
 * map there), so nothing leaves the machine. It logs requests without
 * credentials: a test asserts that no password is ever written anywhere.
 */
export interface ProxyOptions {
  credentials?: { username: string; password: string };
  lifetimeMs?: number;
}

export interface RunningProxy {
  readonly url: string;
  readonly port: number;
  readonly log: string[];
  /** How many requests carried a wrong or missing Proxy-Authorization. */
  rejectedAuth: number;
  close(): Promise<void>;
}

function targetHost(host: string): string | null {
  const h = host.toLowerCase();
  return h === '127.0.0.1' || h === 'localhost' || h.endsWith('.gws.test') ? '127.0.0.1' : null;
}

export async function startConnectProxy(opts: ProxyOptions = {}): Promise<RunningProxy> {
  const sockets = new Set<Socket>();
  const state = { log: [] as string[], rejectedAuth: 0 };
  const expected = opts.credentials ? `Basic ${Buffer.from(`${opts.credentials.username}:${opts.credentials.password}`).toString('base64')}` : null;
  const authorised = (req: IncomingMessage) => expected === null || req.headers['proxy-authorization'] === expected;

  const server = createServer((req, res) => {
    state.log.push(`${req.method} ${req.url}`);
    if (!authorised(req)) {
      state.rejectedAuth++;
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="gws-test"' }).end();
      return;
    }
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    const host = targetHost(target.hostname);
    if (!host) {
      res.writeHead(403).end('loopback only\n');
      return;
    }
    const upstream = request(
      { host, port: Number(target.port || 80), path: `${target.pathname}${target.search}`, method: req.method, headers: { ...req.headers, host: target.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    state.log.push(`CONNECT ${req.url}`);
    client.on('error', () => undefined);
    if (!authorised(req)) {
      state.rejectedAuth++;
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="gws-test"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const [h, p] = (req.url ?? '').split(/:(?=\d+$)/);
    const host = targetHost(h ?? '');
    if (!host || !p) {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(Number(p), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n'));
  });

  const { port, close } = await listen(server, 'http', [], sockets, opts.lifetimeMs ?? 150_000);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get log() {
      return state.log;
    },
    get rejectedAuth() {
      return state.rejectedAuth;
    },
    close,
  } as RunningProxy;
}
