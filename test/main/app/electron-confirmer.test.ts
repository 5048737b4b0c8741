import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The Electron confirmer without the Electron binary: `dialog` is replaced by
 * a recorder, so what main would show (on which window, which buttons, which
 * default) and how it reads the answer are checked here. The real dialog is
 * what e2e/electron.spec.ts would see where an Electron binary exists.
 */
const shown: { win: unknown; options: Record<string, unknown> }[] = [];
let response = 0;
let picked: string[] = [];
vi.mock('electron', () => ({
  dialog: {
    showMessageBox: vi.fn(async (win: unknown, options: Record<string, unknown>) => {
      shown.push({ win, options });
      return { response, checkboxChecked: false };
    }),
    showOpenDialog: vi.fn(async (win: unknown, options: Record<string, unknown>) => {
      shown.push({ win, options });
      return { canceled: picked.length === 0, filePaths: picked };
    }),
  },
}));

const { createElectronConfirmer } = await import('../../../src-main/app/electron-confirmer');
const dir = mkdtempSync(join(tmpdir(), 'gws-econfirm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const win = { isDestroyed: () => false, id: 1 };

beforeEach(() => {
  shown.length = 0;
  response = 0;
  picked = [];
});

describe('electron confirmer', () => {
  it('asks on the app window with Cancel first and default; only the accepting button says yes', async () => {
    const c = createElectronConfirmer(() => win as never, 'en');
    expect(await c.confirm({ kind: 'unregister', distro: 'Ubuntu', backup: 'skip' })).toBe(false);
    expect(shown[0]?.win).toBe(win);
    expect(shown[0]?.options).toMatchObject({
      type: 'warning',
      message: 'Delete the WSL distro "Ubuntu" and everything in it?',
      buttons: ['Cancel', 'Delete Ubuntu'],
      defaultId: 0,
      cancelId: 0,
    });
    response = 1;
    expect(await c.confirm({ kind: 'shutdown' })).toBe(true);
    // Dismissed (Esc, closed): the cancel id, so no.
    response = 0;
    expect(await c.confirm({ kind: 'reboot', delaySeconds: 5 })).toBe(false);
  });

  it('follows the app\'s language and answers no when there is no window', async () => {
    const c = createElectronConfirmer(() => win as never, 'en');
    c.setLanguage('zh-CN');
    response = 1;
    await c.confirm({ kind: 'shutdown' });
    expect(shown[0]?.options).toMatchObject({ buttons: ['取消', '立即停止 WSL'] });
    const closed = createElectronConfirmer(() => null, 'en');
    expect(await closed.confirm({ kind: 'shutdown' })).toBe(false);
    expect(await closed.pickCertificate()).toBeNull();
    expect(shown).toHaveLength(1);
  });

  it('picks the certificate in main\'s own open dialog and reads at most 12 KiB + 1', async () => {
    const c = createElectronConfirmer(() => win as never, 'en');
    expect(await c.pickCertificate()).toBeNull();
    const big = join(dir, 'disk.img');
    writeFileSync(big, Buffer.alloc(1024 * 1024, 1));
    picked = [big];
    const r = await c.pickCertificate();
    expect(r?.name).toBe('disk.img');
    expect(r?.bytes.length).toBe(12 * 1024 + 1);
    expect(shown[1]?.options).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['crt', 'cer', 'pem', 'der'] }] });
  });
});
