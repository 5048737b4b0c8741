import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn(), on: vi.fn(), removeHandler: vi.fn(), removeListener: vi.fn() } }));
const { senderContext } = await import('../../../src-main/app/electron-ipc');

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
