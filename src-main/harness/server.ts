import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventPayload } from '../../src-shared/contract';
import { encodeTerminalFrame } from '../../src-shared/contract/terminal-frame';
import { ClientMessage, WIRE_MAX_MESSAGE_BYTES, type ServerMessage } from '../../src-shared/contract/wire';
import type { Emit, SenderContext } from '../ipc/dispatcher';
import type { Runtime } from '../ipc/runtime';
import { createDispatcher } from '../ipc/create-dispatcher';
import { serveStatic } from './static-files';

export interface HarnessOptions {
  /** Builds the runtime once the emitter exists (events go to every connected page). */
  createRuntime(emit: Emit): Runtime;
  /** 0 = a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** A fixed token for tests; a random one otherwise. */
  token?: string;
  log?: (line: string, error?: unknown) => void;
}

export interface Harness {
  readonly url: string;
  readonly token: string;
  readonly port: number;
  readonly runtime: Runtime;
  /** Sockets refused at the handshake (bad token or origin), for tests. */
  readonly refusedHandshakes: () => number;
  close(): Promise<void>;
}

/**
 * The test and demo transport: serves the built renderer and carries the same
 * contract over a WebSocket on 127.0.0.1, guarded by a random per-run token and
 * an Origin check, into the same Dispatcher (sender + payload validation) and
 * the same handlers as the Electron app.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const sockets = new Set<WebSocket>();
  let refused = 0;

  const emit: Emit = (event, payload) => {
    // Terminal output goes as a binary frame (see terminal-frame.ts); everything else as JSON.
    let frame: Uint8Array | string;
    if (event === 'terminal.data') {
      const { sessionId, data } = payload as EventPayload<'terminal.data'>;
      frame = encodeTerminalFrame(sessionId, data);
    } else {
      frame = JSON.stringify({ t: 'event', channel: event, payload } satisfies ServerMessage);
    }
    for (const s of sockets) if (s.readyState === s.OPEN) s.send(frame);
  };
  const runtime = options.createRuntime(emit);

  const server = http.createServer(serveStatic(options.rendererDir));
  // Every raw connection, upgraded or not: server.close() alone waits for a
  // half-sent request or a refused handshake's half-open socket (up to the
  // 60 s headers timeout), so close() destroys them all.
  const connections = new Set<Socket>();
  server.on('connection', (socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const dispatcher = createDispatcher(runtime, [origin], options.log);

  const wss = new WebSocketServer({ noServer: true, maxPayload: WIRE_MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    const given = Buffer.from(url.searchParams.get('token') ?? '');
    const expected = Buffer.from(token);
    const tokenOk = given.length === expected.length && crypto.timingSafeEqual(given, expected);
    if (url.pathname !== '/api' || !tokenOk || req.headers.origin !== origin) {
      refused++;
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      const sender: SenderContext = { transport: 'harness', isMainFrame: true, origin, authenticated: true };
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        let json: unknown;
        try {
          json = JSON.parse(data.toString());
        } catch {
          return;
        }
        const msg = ClientMessage.safeParse(json);
        if (!msg.success) return;
        if (msg.data.t === 'invoke') {
          const { id, channel, payload } = msg.data;
          void dispatcher.invoke(sender, channel, payload, emit).then((envelope) => {
            if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ t: 'result', id, envelope } satisfies ServerMessage));
          });
        } else {
          const err = dispatcher.command(sender, msg.data.channel, msg.data.payload, emit);
          if (err && ws.readyState === ws.OPEN) {
            ws.send(JSON.stringify({ t: 'refused', channel: String(msg.data.channel).slice(0, 128), code: err.code, message: err.message } satisfies ServerMessage));
          }
        }
      });
    });
  });

  return {
    url: `${origin}/#token=${token}`,
    token,
    port,
    runtime,
    refusedHandshakes: () => refused,
    async close() {
      runtime.tasks.cancelAll();
      runtime.terminal.dispose();
      for (const s of sockets) s.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const c of connections) c.destroy();
      await closed;
    },
  };
}
