import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The window policy with Electron faked: DevTools and the default menu in the
 * installed app, and the navigation guard on our own app:// pages.
 */
const fake = vi.hoisted(() => ({
  isPackaged: false,
  appListeners: new Map<string, (...a: unknown[]) => void>(),
  windows: [] as { webPreferences: Record<string, unknown> }[],
  setApplicationMenu: null as unknown as ReturnType<typeof import('vitest').vi.fn>,
  openExternal: null as unknown as ReturnType<typeof import('vitest').vi.fn>,
}));

vi.mock('electron', async () => {
  const { vi: v } = await import('vitest');
  fake.setApplicationMenu = v.fn();
  fake.openExternal = v.fn(async () => undefined);
  class BrowserWindow {
    constructor(options: { webPreferences: Record<string, unknown> }) {
      fake.windows.push(options);
    }
  }
  return {
    app: {
      get isPackaged() {
        return fake.isPackaged;
      },
      enableSandbox: v.fn(),
      on: (name: string, fn: (...a: unknown[]) => void) => fake.appListeners.set(name, fn),
      whenReady: () => new Promise(() => undefined),
    },
    BrowserWindow,
    Menu: { setApplicationMenu: fake.setApplicationMenu },
    session: {},
    shell: { openExternal: fake.openExternal },
    ipcMain: { handle: v.fn(), on: v.fn(), removeHandler: v.fn(), removeListener: v.fn() },
  };
});

const { applySecurityPolicy, createSecureWindow, isOurPage } = await import('../../../src-main/app/security');

beforeEach(() => {
  fake.windows.length = 0;
  fake.appListeners.clear();
  fake.setApplicationMenu.mockClear();
  fake.openExternal.mockClear();
});

describe('DevTools and the default menu', () => {
  it('the installed app: DevTools off in every window, the default menu (Reload, Toggle DevTools) suppressed', () => {
    fake.isPackaged = true;
    createSecureWindow({ width: 10 }, '/p.cjs');
    expect(fake.windows[0]!.webPreferences.devTools).toBe(false);
    applySecurityPolicy();
    expect(fake.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('a development run keeps DevTools and the menu', () => {
    fake.isPackaged = false;
    createSecureWindow({ width: 10 }, '/p.cjs');
    expect(fake.windows[0]!.webPreferences.devTools).toBe(true);
    applySecurityPolicy();
    expect(fake.setApplicationMenu).not.toHaveBeenCalled();
  });

  it('registers no keyboard handling of its own (no Ctrl+Shift+I / F12 shortcut to DevTools)', () => {
    fake.isPackaged = true;
    applySecurityPolicy();
    const events: string[] = [];
    const contents = { on: (name: string) => events.push(name), setWindowOpenHandler: () => undefined };
    fake.appListeners.get('web-contents-created')!({}, contents);
    expect(events).not.toContain('before-input-event');
    expect(events).toContain('will-navigate');
  });
});

describe('navigation guard', () => {
  function guarded() {
    fake.isPackaged = true;
    applySecurityPolicy();
    const handlers = new Map<string, (e: { preventDefault(): void }, url: string) => void>();
    const contents = { on: (name: string, fn: never) => handlers.set(name, fn), setWindowOpenHandler: () => undefined };
    fake.appListeners.get('web-contents-created')!({}, contents);
    return (event: string, url: string) => {
      const e = { preventDefault: vi.fn() };
      handlers.get(event)!(e, url);
      return e.preventDefault.mock.calls.length === 0;
    };
  }

  it('lets our own app:// pages load (Node gives app:// the origin "null"; the guard must not compare that)', () => {
    expect(new URL('app://go-wsl-setup/index.html').origin).toBe('null');
    const allowed = guarded();
    expect(allowed('will-navigate', 'app://go-wsl-setup/index.html')).toBe(true);
    expect(allowed('will-navigate', 'app://go-wsl-setup/index.html#/go')).toBe(true);
    expect(allowed('will-redirect', 'app://go-wsl-setup/')).toBe(true);
  });

  it('refuses other hosts, schemes and look-alikes, and hands allowed documentation links to the browser', () => {
    const allowed = guarded();
    for (const url of ['app://evil/index.html', 'app://go-wsl-setup.evil/', 'file:///C:/Windows/win.ini', 'https://evil.example/', 'javascript:alert(1)', 'not a url']) {
      expect(allowed('will-navigate', url), url).toBe(false);
    }
    expect(allowed('will-navigate', 'https://go.dev/doc/install')).toBe(false);
    expect(fake.openExternal).toHaveBeenCalledWith('https://go.dev/doc/install');
    expect(isOurPage('app://go-wsl-setup:80/')).toBe(false);
  });
});
