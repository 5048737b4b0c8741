import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, type BrowserWindow } from 'electron';
import type { Emit } from '../ipc/dispatcher';
import { TaskRegistry } from '../ipc/tasks';
import { MachineCatalog, readTranscriptFile } from '../host/machines';
import { createElevationRunner } from '../host/elevation-runner';
import { RecordingHost } from '../host/recording-host';
import { WindowsHost } from '../host/windows-host';
import { setReportPathChooser } from '../services/report';
import { electronReportPathChooser } from '../services/report/electron-save-dialog';
import { TerminalManager } from '../terminal/manager';
import { electronProxyResolver } from './electron-proxy';
import { langFrom } from '../ipc/confirmer';
import { createElectronConfirmer } from './electron-confirmer';
import { BundleService } from '../services/bundle/service';
import { findBundle } from '../services/bundle/find';
import { createReplayRuntime, demoShell } from './replay-runtime';
import type { Runtime } from '../ipc/runtime';
import { APP_VERSION } from './version';

export interface AppArgs {
  /** Open a support report read-only. */
  replay: string | null;
  /** Off Windows (development), which recorded machine to show. */
  machine: string | null;
  /** Started by the RunOnce entry after a reboot. */
  resume: boolean;
  /** CI only (windows.yml): exit 0 once the window has loaded, 1 if it failed to. Read by main, nothing else. */
  smoke: boolean;
  /** An offline bundle folder (docs/bundle.md); else one is looked for next to the app and on drive roots. */
  bundle: string | null;
}

export function parseAppArgs(argv: readonly string[]): AppArgs {
  const args: AppArgs = { replay: null, machine: null, resume: false, smoke: false, bundle: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--replay' && argv[i + 1]) args.replay = argv[++i]!;
    else if (a === '--machine' && argv[i + 1]) args.machine = argv[++i]!;
    else if (a === '--resume') args.resume = true;
    else if (a === '--smoke') args.smoke = true;
    else if (a === '--bundle' && argv[i + 1]) args.bundle = argv[++i]!;
  }
  return args;
}

/** The language the user chose last time, if any (main's own dialogs use it). */
export function savedLanguage(): string | null {
  try {
    const settings = JSON.parse(fs.readFileSync(path.join(app.getPath('userData'), 'settings.json'), 'utf8')) as { lang?: unknown };
    return typeof settings.lang === 'string' ? settings.lang : null;
  } catch {
    return null;
  }
}

/** Remember the user's language choice in the app's own settings file (written atomically). */
function persistLanguage(lang: 'en' | 'zh-CN'): void {
  const file = path.join(app.getPath('userData'), 'settings.json');
  let settings: Record<string, unknown> = {};
  try {
    settings = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    settings = {};
  }
  settings.lang = lang;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(settings, null, 2));
  fs.renameSync(tmp, file);
}

/**
 * On Windows: the real machine. With --replay: a support report, read-only.
 * Elsewhere (a developer's Linux or macOS): a recorded machine, so the app
 * can be run and looked at without Windows.
 */
export function createElectronRuntime(options: { emit: Emit; args: AppArgs; osLocale: string; logTail?: () => string; window: () => BrowserWindow | null }): Runtime {
  const { emit, args } = options;
  // Deleting a distro, restarting, stopping WSL and trusting a certificate are asked in native dialogs on this window.
  const confirmer = createElectronConfirmer(options.window, langFrom(savedLanguage(), options.osLocale));
  // Exports go where the person finds them, not under AppData.
  const backupsDir = path.join(app.getPath('documents'), 'go-wsl-setup-backups');
  const terminal = new TerminalManager({ emit });
  if (args.replay || process.platform !== 'win32') {
    const machines = args.replay ? null : new MachineCatalog();
    const transcript = args.replay ? readTranscriptFile(args.replay) : machines!.get(args.machine ?? machines!.defaultId());
    const runtime = createReplayRuntime({
      emit,
      terminal,
      machines,
      transcript,
      readOnly: args.replay !== null,
      shell: args.replay ? null : demoShell(),
      osLocale: options.osLocale,
      transport: 'electron',
      ...(options.logTail ? { logTail: options.logTail } : {}),
    });
    runtime.setLanguage = persistLanguage;
    runtime.confirmer = confirmer;
    setReportPathChooser(runtime, electronReportPathChooser);
    return runtime;
  }
  // Elevated actions (wsl --install, DISM, bcdedit) go through one UAC prompt each, output tailed live.
  // Recorded for the support report (never stdin or the environment); it masks these names everywhere.
  const host = new RecordingHost(new WindowsHost(createElevationRunner()), {
    users: [os.userInfo().username, process.env.USERNAME ?? ''],
    hosts: [os.hostname(), process.env.COMPUTERNAME ?? '', process.env.USERDOMAIN ?? ''],
  });
  const runtime: Runtime = {
    host: () => host,
    machines: null,
    currentMachine: () => null,
    terminal,
    tasks: new TaskRegistry(),
    emit,
    info: { version: APP_VERSION, osLocale: options.osLocale, transport: 'electron' },
    setLanguage: persistLanguage,
    dataDir: app.getPath('userData'),
    userProfileDir: process.env.USERPROFILE ?? app.getPath('home'),
    facts: { preflight: null },
    proxyResolver: electronProxyResolver(),
    ...(options.logTail ? { logTail: options.logTail } : {}),
    confirmer,
    backupsDir,
    // Looked for once per session: --bundle DIR, go-wsl-setup-bundle next to the installed exe, then drive roots.
    bundle: new BundleService({
      find: () => findBundle({ argument: args.bundle, exeDir: app.isPackaged ? path.dirname(process.execPath) : null }),
      downloadDir: path.join(app.getPath('userData'), 'downloads'),
      distroDir: path.join(process.env.LOCALAPPDATA ?? app.getPath('userData'), 'go-wsl-setup', 'distros'),
    }),
  };
  setReportPathChooser(runtime, electronReportPathChooser);
  return runtime;
}
