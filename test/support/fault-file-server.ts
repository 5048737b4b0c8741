import type http from 'node:http';
import { startLoopbackServer, type LoopbackServer } from './loopback-server';

/**
 * Serves files from memory with Range support, plus the faults real mirrors
 * show. Generic: any test that downloads something can reuse it.
 */
export type Fault =
  | { kind: 'none' }
  /** Accept the connection, never answer. */
  | { kind: 'hang' }
  | { kind: 'status'; status: number }
  /** Promise the full Content-Length, send `atBytes`, then end the socket. */
  | { kind: 'truncate'; atBytes: number }
  /** Serve the file with one byte flipped (checksum mismatch). */
  | { kind: 'corrupt'; atByte: number }
  /** The first `times` full requests are reset after `atBytes`; Range requests are then served. */
  | { kind: 'reset'; atBytes: number; times: number }
  /** Send at `bytesPerSecond`. */
  | { kind: 'slow'; bytesPerSecond: number }
  /** Ignore Range and always send the whole file with 200. */
  | { kind: 'no-range' };

export interface FileServerOptions {
  /** Path (e.g. '/go1.19.8.linux-amd64.tar.gz') -> bytes; or a function to read lazily. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly fault?: Fault;
  /** Delay before the response headers, to play a far-away mirror. */
  readonly latencyMs?: number;
  /** Size of each write; loopback is fast, small chunks let faults hit mid-body. */
  readonly chunkBytes?: number;
  /** Extra routes (a release list ...). */
  readonly routes?: ReadonlyMap<string, { type: string; body: string | Uint8Array }>;
  readonly lifetimeMs?: number;
}

export async function startFileServer(o: FileServerOptions): Promise<LoopbackServer & { fault: Fault }> {
  const fault = o.fault ?? { kind: 'none' };
  let resets = 0;
  const chunk = o.chunkBytes ?? 64 * 1024;
  const server = await startLoopbackServer(
    (req, res) => {
      const send = () => handle(req, res);
      if (o.latencyMs) setTimeout(send, o.latencyMs);
      else send();
    },
    o.lifetimeMs !== undefined ? { lifetimeMs: o.lifetimeMs } : {},
  );

  function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const pathOnly = (req.url ?? '/').split('?')[0] ?? '/';
    const route = o.routes?.get(req.url ?? '') ?? o.routes?.get(pathOnly);
    if (route) {
      res.writeHead(200, { 'content-type': route.type });
      res.end(route.body);
      return;
    }
    const file = o.files.get(pathOnly);
    if (fault.kind === 'hang') return;
    if (fault.kind === 'status') {
      res.writeHead(fault.status);
      res.end('fault');
      return;
    }
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    let body = file;
    if (fault.kind === 'corrupt') {
      body = Uint8Array.from(file);
      body[fault.atByte] = (body[fault.atByte] ?? 0) ^ 0xff;
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    let start = 0;
    let end = body.length - 1;
    if (range && fault.kind !== 'no-range') {
      start = Number(range[1]);
      if (range[2]) end = Math.min(end, Number(range[2]));
      if (start > end) {
        res.writeHead(416, { 'content-range': `bytes */${body.length}` });
        res.end();
        return;
      }
      res.writeHead(206, { 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${body.length}`, 'accept-ranges': 'bytes' });
    } else {
      res.writeHead(200, { 'content-length': body.length, 'accept-ranges': fault.kind === 'no-range' ? 'none' : 'bytes' });
    }
    let cutAt = Infinity;
    if (fault.kind === 'truncate') cutAt = fault.atBytes;
    if (fault.kind === 'reset' && !range && resets < fault.times) {
      resets++;
      cutAt = fault.atBytes;
    }
    const bytesPerTick = fault.kind === 'slow' ? Math.max(1, Math.floor(fault.bytesPerSecond / 20)) : chunk;
    const tickMs = fault.kind === 'slow' ? 50 : 0;
    let pos = start;
    let sent = 0;
    const pump = () => {
      while (pos <= end) {
        if (res.destroyed) return;
        const n = Math.min(bytesPerTick, end - pos + 1, cutAt - sent);
        if (n <= 0) {
          // Truncate: close cleanly short of Content-Length; reset: tear the socket down.
          if (fault.kind === 'reset') res.socket?.resetAndDestroy();
          else res.socket?.end();
          return;
        }
        const ok = res.write(body.subarray(pos, pos + n));
        pos += n;
        sent += n;
        if (tickMs) {
          setTimeout(pump, tickMs);
          return;
        }
        if (!ok) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
  }
  return Object.assign(server, { fault });
}
