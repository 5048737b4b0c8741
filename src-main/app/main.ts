import path from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../src-shared/contract/wire';
import { createDispatcher } from '../ipc/create-dispatcher';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { ALLOWED_ORIGINS, bindElectronIpc, electronEmitter } from './electron-ipc';
import { createElectronRuntime, parseAppArgs } from './electron-runtime';
import { applySecurityPolicy, createSecureWindow } from './security';

/**
 * The Electron entry: one instance, one window, sandboxed renderer served from
 * app://, every IPC message through the validating dispatcher.
 */
registerAppScheme();
applySecurityPolicy();

let win: BrowserWindow | null = null;

function log(line: string, error?: unknown): void {
  process.stderr.write(`[main] ${line}${error instanceof Error ? `: ${error.stack ?? error.message}` : ''}\n`);
}

async function start(): Promise<void> {
  serveRenderer(path.join(__dirname, '..', 'renderer'));
  const emit = electronEmitter(() => win?.webContents ?? null);
  const runtime = createElectronRuntime({ emit, args: parseAppArgs(process.argv.slice(1)), osLocale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(), window: () => win });
  bindElectronIpc(createDispatcher(runtime, ALLOWED_ORIGINS, log), () => win?.webContents ?? null, emit, log);

  win = createSecureWindow(
    {
      width: 1120,
      height: 780,
      minWidth: 900,
      minHeight: 620,
      show: false,
      title: 'Go on WSL',
      icon: path.join(__dirname, '..', '..', 'assets', 'icon.png'),
    },
    path.join(__dirname, 'preload.cjs'),
  );
  win.once('ready-to-show', () => win?.show());
  win.on('closed', () => {
    runtime.tasks.cancelAll();
    runtime.terminal.dispose();
    win = null;
  });
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (e) => log('failed to start', e));
}
