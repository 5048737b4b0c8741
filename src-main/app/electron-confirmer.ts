import fs from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { Lang } from '../../src-shared/contract/define';
import { confirmDialog, pickCertificateTexts } from '../../src-shared/confirm';
import { MAX_CERTIFICATE_FILE, type Confirmer } from '../ipc/confirmer';

/**
 * The Electron confirmer: a native, modal message box on the app's window with
 * the real parameters, Cancel first and default (Enter or Esc on a stray key
 * press never deletes), and main's own open dialog for the certificate. With no
 * window (closing) every question is answered no.
 */
export function createElectronConfirmer(window: () => BrowserWindow | null, initialLang: Lang): Confirmer {
  let lang = initialLang;
  return {
    setLanguage(next) {
      lang = next;
    },
    async confirm(question) {
      const win = window();
      if (!win || win.isDestroyed()) return false;
      const d = confirmDialog(question, lang);
      const r = await dialog.showMessageBox(win, {
        type: 'warning',
        title: d.title,
        message: d.message,
        detail: d.detail,
        buttons: [d.cancel, d.accept],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return r.response === 1;
    },
    async pickCertificate() {
      const win = window();
      if (!win || win.isDestroyed()) return null;
      const t = pickCertificateTexts(lang);
      const r = await dialog.showOpenDialog(win, { title: t.title, properties: ['openFile'], filters: [{ name: t.filter, extensions: ['crt', 'cer', 'pem', 'der'] }] });
      const file = r.canceled ? undefined : r.filePaths[0];
      if (!file) return null;
      // Bounded read: a wrong pick (a disk image) must not be loaded whole.
      const handle = await fs.open(file, 'r');
      try {
        const buf = Buffer.alloc(MAX_CERTIFICATE_FILE + 1);
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        return { name: path.basename(file), bytes: buf.subarray(0, bytesRead) };
      } finally {
        await handle.close();
      }
    },
  };
}
