import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app } from 'electron';
import type { Emit } from '../ipc/dispatcher';
import { TaskRegistry } from '../ipc/tasks';
import { MachineCatalog, readTranscriptFile } from '../host/machines';
import { createElevationRunner } from '../host/elevation';
import { RecordingHost } from '../host/recording-host';
import { WindowsHost } from '../host/windows-host';
import { setReportPathChooser } from '../services/report';
import { electronReportPathChooser } from '../services/report/electron-save-dialog';
import { TerminalManager } from '../terminal/manager';
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
}

export function parseAppArgs(argv: readonly string[]): AppArgs {
  const args: AppArgs = { replay: null, machine: null, resume: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--replay' && argv[i + 1]) args.replay = argv[++i]!;
    else if (a === '--machine' && argv[i + 1]) args.machine = argv[++i]!;
    else if (a === '--resume') args.resume = true;
  }
  return args;
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
export function createElectronRuntime(options: { emit: Emit; args: AppArgs; osLocale: string }): Runtime {
  const { emit, args } = options;
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
    });
    runtime.setLanguage = persistLanguage;
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
  };
  setReportPathChooser(runtime, electronReportPathChooser);
  return runtime;
}
