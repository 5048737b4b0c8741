import path from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../src-shared/contract/wire';
import { createDispatcher } from '../ipc/create-dispatcher';
import { setPackaged } from '../host/packaged';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { APP_VERSION } from './version';
import { ALLOWED_ORIGINS, bindElectronIpc, electronEmitter } from './electron-ipc';
import { catchMainErrors, watchRenderers } from './crash-handlers';
import { createCrashDialogs } from './crash-dialogs';
import { crashLang } from './crash-words';
import { createElectronRuntime, parseAppArgs, savedLanguage } from './electron-runtime';
import { createLogger, readLogTail } from './logger';
import type { Runtime } from '../ipc/runtime';
import { applySecurityPolicy, createSecureWindow } from './security';
import { initialGeometry } from './window-geometry';
import { readWindowState, writeWindowState } from './window-state';
import { isUnattended, runUnattendedApp } from './unattended/run';
import { EXIT_CODES } from '../services/unattended/outcome';
import { loadPreset } from '../services/preset';
import { electronPresetPathChooser } from './preset-save-dialog';

/**
 * The Electron entry: one instance, one window, sandboxed renderer served from
 * app://, every IPC message through the validating dispatcher.
 */
// First: test hooks (GWS_*_DIR, %SystemRoot%) are honoured only when this is not the installed app.
setPackaged(app.isPackaged);
registerAppScheme();
applySecurityPolicy();

let win: BrowserWindow | null = null;
let runtime: Runtime | null = null;

// A double-clicked app has no stderr: main's errors go to a redacted log file in the app's logs folder.
const logger = createLogger({ dir: app.getPath('logs'), console: !app.isPackaged });
const log = (line: string, error?: unknown): void => logger.error(line, error);
const systemLocale = () => app.getPreferredSystemLanguages()[0] ?? app.getLocale();
const dialogs = createCrashDialogs({ runtime: () => runtime, lang: () => crashLang(savedLanguage(), systemLocale()), logger });
catchMainErrors(process, logger, () => dialogs.mainError());
watchRenderers(app, logger, (contents) => {
  if (win && contents === win.webContents) dialogs.rendererGone(win.webContents);
});

/**
 * `--unattended --preset FILE` (docs/preset.md): no window at all; the run's
 * progress and result go to the log folder, and the exit code says how it
 * ended. Main's dialogs are never shown: nothing in the run asks one.
 */
async function startUnattended(): Promise<void> {
  const argv = process.argv.slice(1);
  logger.info(`unattended run, version ${APP_VERSION}`);
  try {
    const rt = createElectronRuntime({ emit: () => undefined, args: parseAppArgs(argv), osLocale: systemLocale(), logTail: () => readLogTail(logger.file), window: () => null });
    runtime = rt;
    const result = await runUnattendedApp({
      runtime: rt,
      argv,
      exeDir: path.dirname(app.getPath('exe')),
      exePath: app.getPath('exe'),
      logDir: app.getPath('logs'),
      print: (line) => logger.info(line),
    });
    rt.terminal.dispose();
    app.exit(result.exitCode);
  } catch (e) {
    log('unattended run failed', e);
    app.exit(1);
  }
}

async function start(): Promise<void> {
  // Marks where a session begins in the log (the version tells a support person which build wrote what follows).
  logger.info(`started, version ${APP_VERSION}${app.isPackaged ? '' : ' (development)'}`);
  serveRenderer(path.join(__dirname, '..', 'renderer'));
  const emit = electronEmitter(() => win?.webContents ?? null);
  const args = parseAppArgs(process.argv.slice(1));
  const rt = createElectronRuntime({ emit, args, osLocale: systemLocale(), logTail: () => readLogTail(logger.file), window: () => win });
  // Read and checked before any step runs: an invalid preset leaves the window showing only its problems.
  rt.preset = loadPreset({ argv: process.argv.slice(1), exeDir: path.dirname(app.getPath('exe')) });
  if (rt.preset.status !== 'none') logger.info(`preset ${rt.preset.source}: ${rt.preset.status}`);
  rt.choosePresetPath = electronPresetPathChooser;
  runtime = rt;
  bindElectronIpc(createDispatcher(rt, ALLOWED_ORIGINS, log), () => win?.webContents ?? null, emit, log);

  // Fits the work area of the display it opens on (saved place if still on a screen, else the primary display).
  const saved = readWindowState(app.getPath('userData'));
  const target = saved ? screen.getDisplayMatching(saved) : screen.getPrimaryDisplay();
  const geometry = initialGeometry(saved, screen.getAllDisplays(), target);
  win = createSecureWindow(
    {
      ...geometry.bounds,
      minWidth: geometry.minWidth,
      minHeight: geometry.minHeight,
      show: false,
      title: 'Go on WSL',
      icon: path.join(__dirname, '..', '..', 'assets', 'icon.png'),
    },
    path.join(__dirname, 'preload.cjs'),
  );
  win.once('ready-to-show', () => {
    if (geometry.maximized) win?.maximize();
    win?.show();
  });
  // Remembered for the next start; the normal bounds, so a maximized window comes back maximized over the same place.
  win.on('close', () => {
    if (!win) return;
    try {
      writeWindowState(app.getPath('userData'), win.getNormalBounds(), win.isMaximized());
    } catch (e) {
      log('could not save the window size', e);
    }
  });
  if (args.smoke) {
    // CI's check that the installed app opens its window (windows.yml); exits, does nothing else.
    win.webContents.once('did-finish-load', () => app.exit(0));
    win.webContents.once('did-fail-load', (_e, code) => {
      log(`smoke: page failed to load (${code})`);
      app.exit(1);
    });
  }
  win.on('closed', () => {
    rt.tasks.cancelAll();
    rt.terminal.dispose();
    win = null;
  });
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

if (!app.requestSingleInstanceLock()) {
  // An unattended run must not report success when it did nothing: another copy of the wizard is running.
  if (isUnattended(process.argv.slice(1))) {
    logger.error('unattended run: another Go on WSL Setup is already running; nothing was done');
    app.exit(EXIT_CODES.failed);
  } else app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // An unattended run has no window: closing none must not end it early.
  const unattended = isUnattended(process.argv.slice(1));
  app.whenReady().then(unattended ? startUnattended : start, (e) => {
    log('failed to start', e);
    if (unattended) app.exit(1);
  });
}
