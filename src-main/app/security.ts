import { app, BrowserWindow, Menu, session, shell, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { APP_ORIGIN } from '../../src-shared/contract/wire';
import { CONTENT_SECURITY_POLICY } from './csp';
import { originOf } from './electron-ipc';
import { allowedExternalUrl } from './external-links';

/**
 * The whole security policy in one module: every window's web preferences,
 * navigation and new-window denial, permission denial, the CSP header.
 */
export function createSecureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, preload: string): BrowserWindow {
  // The preferences are written out literally here (not built elsewhere) so that
  // reviewers and Electronegativity read the exact values every window gets.
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      // The installed app has no DevTools: a user talked into opening them could be
      // made to paste code that runs with the page's access to main.
      devTools: !app.isPackaged,
    },
  });
}

export function openExternalIfAllowed(url: string): boolean {
  const allowed = allowedExternalUrl(url);
  if (allowed) void shell.openExternal(allowed);
  return allowed !== null;
}

/**
 * The same origin rule as the IPC sender check: Node's URL.origin is "null"
 * for app://, which would refuse every in-app navigation (and a reload).
 */
export function isOurPage(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOurPage(url)) {
      event.preventDefault();
      openExternalIfAllowed(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOurPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

/** Call once, before any window exists. */
export function applySecurityPolicy(): void {
  app.enableSandbox();
  // No default menu in the installed app: it carries Reload, Toggle DevTools (Ctrl+Shift+I)
  // and its accelerators. We register no key handling of our own for DevTools either.
  // Set before 'ready', so Electron never builds its default menu.
  if (app.isPackaged) Menu.setApplicationMenu(null);
  app.on('web-contents-created', (_e, contents) => guardContents(contents));
  app.whenReady().then(() => {
    const ses = session.defaultSession;
    // Copy from the Terminal is the only thing a page may ask for.
    ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
    ses.setPermissionCheckHandler((_wc, permission) => permission === 'clipboard-sanitized-write');
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    // No remote content in our pages: a page's request that is not our own scheme is cancelled.
    // Requests made by main itself (no webContents: downloads via net) are not pages' and pass.
    ses.webRequest.onBeforeRequest((details, callback) => {
      if (details.webContentsId === undefined) return callback({});
      const ok = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://') || details.url.startsWith('data:');
      callback({ cancel: !ok });
    });
  }, () => undefined);
}
