import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startReplayHarness } from './replay-harness';

/**
 * Stopping the harness must not wait on its clients: a page that is halfway
 * through a request, or a socket left half-open after a refused handshake,
 * used to keep server.close() pending until the 60 s headers timeout.
 */
describe('harness close()', () => {
  function connect(port: number, text: string): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(text);
        resolve(socket);
      });
      socket.once('error', reject);
    });
  }

  it('returns at once with a half-sent request and a refused upgrade still open', async () => {
    const { harness, stop } = await startReplayHarness({ shell: null, readOnly: true });
    const partial = await connect(harness.port, 'GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    // A bad token: the server answers 403 and ends its side; this client never ends its own.
    const refused = await connect(
      harness.port,
      'GET /api?token=wrong HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    refused.on('data', () => undefined);
    const partialClosed = new Promise((resolve) => partial.once('close', resolve));
    await new Promise((r) => setTimeout(r, 100));
    expect(harness.refusedHandshakes()).toBe(1);

    const started = Date.now();
    const outcome = await Promise.race([
      harness.close().then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('still waiting'), 5_000)),
    ]);
    expect(outcome).toBe('closed');
    expect(Date.now() - started).toBeLessThan(5_000);
    await partialClosed;
    expect(partial.destroyed || partial.readyState === 'closed').toBe(true);
    refused.destroy();
    await stop();
  });
});
