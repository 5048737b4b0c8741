import { describe, expect, it } from 'vitest';
import { encodeTerminalFrame } from '../../../src-shared/contract/terminal-frame';
import { connectHarness } from '../../../src-renderer/api/harness-bridge';
import type { FromRelay, RelayPort, ToRelay } from '../../../src-renderer/api/socket-relay';

/** A relay that records what the page asks of it; the test plays the socket's side. */
function fakeRelay() {
  const posted: ToRelay[] = [];
  let listener: ((m: FromRelay) => void) | null = null;
  const port: RelayPort = { post: (m) => void posted.push(m), onMessage: (l) => void (listener = l) };
  return { port, posted, deliver: (m: FromRelay) => listener?.(m) };
}

const location = { hash: '#token=t0k', host: '127.0.0.1:4567' } as Location;

describe('connectHarness over a socket relay', () => {
  it('opens the socket with the token, then carries invokes as JSON and their results back', async () => {
    const r = fakeRelay();
    const connecting = connectHarness(location, r.port);
    expect(r.posted[0]).toEqual({ kind: 'open', url: 'ws://127.0.0.1:4567/api?token=t0k' });
    r.deliver({ kind: 'open' });
    const bridge = await connecting;
    const answer = bridge.invoke('app.info', {});
    const sent = r.posted[1] as { kind: 'send'; text: string };
    expect(JSON.parse(sent.text)).toEqual({ t: 'invoke', id: 1, channel: 'app.info', payload: {} });
    r.deliver({ kind: 'text', text: JSON.stringify({ t: 'result', id: 1, envelope: { result: { ok: true } } }) });
    await expect(answer).resolves.toEqual({ result: { ok: true } });
  });

  it('hands binary frames to terminal.data listeners as bytes, and drops malformed ones', async () => {
    const r = fakeRelay();
    const connecting = connectHarness(location, r.port);
    r.deliver({ kind: 'open' });
    const bridge = await connecting;
    const seen: unknown[] = [];
    bridge.on('terminal.data', (p) => seen.push(p));
    const bytes = new TextEncoder().encode('安装完成\r\n');
    const frame = encodeTerminalFrame('pty-1', bytes);
    r.deliver({ kind: 'binary', data: frame.buffer as ArrayBuffer });
    r.deliver({ kind: 'binary', data: new Uint8Array([9, 9, 9]).buffer });
    r.deliver({ kind: 'text', text: '{not json' });
    expect(seen).toHaveLength(1);
    const p = seen[0] as { sessionId: string; data: Uint8Array };
    expect(p.sessionId).toBe('pty-1');
    expect(new TextDecoder().decode(p.data)).toBe('安装完成\r\n');
  });

  it('answers pending invokes with an error when the socket closes, and rejects if it never opens', async () => {
    const r = fakeRelay();
    const connecting = connectHarness(location, r.port);
    r.deliver({ kind: 'open' });
    const bridge = await connecting;
    const answer = bridge.invoke('app.info', {});
    r.deliver({ kind: 'close' });
    await expect(answer).resolves.toEqual({ error: { code: 'INTERNAL', message: 'connection to the app was lost' } });

    const r2 = fakeRelay();
    const failing = connectHarness(location, r2.port);
    r2.deliver({ kind: 'error' });
    await expect(failing).rejects.toThrow('cannot reach the app harness');
  });
});
