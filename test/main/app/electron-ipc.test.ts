import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn(), on: vi.fn(), removeHandler: vi.fn(), removeListener: vi.fn() } }));
const { senderContext, forIpc } = await import('../../../src-main/app/electron-ipc');

/** The Electron sender check, with Electron's event objects faked. */
describe('Electron sender context', () => {
  const mainFrame = { url: 'app://go-wsl-setup/index.html' };
  const contents = { mainFrame } as never;

  it('accepts our window main frame on our origin', () => {
    const ctx = senderContext({ sender: contents, senderFrame: mainFrame } as never, () => contents);
    expect(ctx).toEqual({ transport: 'electron', isMainFrame: true, origin: 'app://go-wsl-setup', authenticated: true });
  });

  it('marks subframes, other windows and foreign origins so the dispatcher refuses them', () => {
    const sub = { url: 'app://go-wsl-setup/x.html' };
    expect(senderContext({ sender: contents, senderFrame: sub } as never, () => contents).isMainFrame).toBe(false);
    const other = { mainFrame } as never;
    expect(senderContext({ sender: other, senderFrame: mainFrame } as never, () => contents).isMainFrame).toBe(false);
    const evil = { url: 'https://evil.example/' };
    const evilContents = { mainFrame: evil } as never;
    expect(senderContext({ sender: evilContents, senderFrame: evil } as never, () => evilContents).origin).toBe('https://evil.example');
    expect(senderContext({ sender: contents, senderFrame: null } as never, () => contents)).toMatchObject({ isMainFrame: false, origin: 'null' });
  });
});

describe('Electron events: terminal bytes', () => {
  it('sends a view into a larger buffer as an exact copy, so no neighbouring bytes travel with it', () => {
    const secret = Buffer.from('ghp_SECRETSECRET and then the real output', 'utf8');
    const view = secret.subarray(21);
    const out = forIpc({ sessionId: 's', data: view });
    expect(Buffer.from(out.data).toString()).toBe('then the real output');
    expect(out.data.buffer.byteLength).toBe(view.length);
    expect(out.data.byteOffset).toBe(0);
    // A small Buffer lives in Node's shared pool: its ArrayBuffer is much larger than it.
    const pooled = Buffer.from('ok');
    expect(pooled.buffer.byteLength).toBeGreaterThan(2);
    expect(forIpc({ sessionId: 's', data: pooled }).data.buffer.byteLength).toBe(2);
  });

  it('leaves exact buffers and other payloads untouched (no needless copy)', () => {
    const exact = new Uint8Array([1, 2, 3]);
    const p = { sessionId: 's', data: exact };
    expect(forIpc(p)).toBe(p);
    const q = { sessionId: 's', exitCode: 0, signal: null };
    expect(forIpc(q)).toBe(q);
  });
});
