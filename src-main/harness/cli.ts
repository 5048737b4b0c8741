import path from 'node:path';
import { readTranscriptFile, MachineCatalog } from '../host/machines';
import { createReplayRuntime, demoShell } from '../app/replay-runtime';
import { catchMainErrors } from '../app/crash-handlers';
import { readLogTail } from '../app/logger';
import { CompositeHost } from '../host/composite-host';
import { TerminalManager } from '../terminal/manager';
import { LocalDistroHost } from './local-distro';
import { demoDefault } from './demo-default';
import { createHarnessLogger } from './log';
import { startHarness } from './server';
import { readTestEndpoints, toServiceOverrides, TEST_ENDPOINTS_ENV } from './test-endpoints';
import { langFrom } from '../ipc/confirmer';
import { BundleService } from '../services/bundle/service';
import { findBundle } from '../services/bundle/find';
import { createHarnessConfirmer, TEST_CONFIRM_ENV } from './harness-confirmer';
import { runHarnessUnattended } from './unattended';
import { loadPreset } from '../services/preset';

/** Test-only: the path the harness saves a preset to (it has no save dialog). */
const TEST_PRESET_SAVE_ENV = 'GWS_TEST_PRESET_SAVE';
import type { Emit } from '../ipc/dispatcher';

/**
 * `npm run demo`: the wizard in a browser, on a recorded Windows machine.
 *   --machine ID     which recorded machine (assets/machines/ID.json)
 *   --replay FILE    open a support report read-only instead
 *   --port N         fixed port (default: a free one)
 *   --log-dir DIR    where main.log goes (default: a new logs folder in the temp dir)
 *   --local-distro DIR  play the distro side for real on this machine, against
 *                    the sandbox root DIR (the Windows side still answers from
 *                    the recording). Test-only: GWS_TEST_ENDPOINTS (JSON, see
 *                    test-endpoints.ts) points the Go and network services at
 *                    loopback servers; it is read only when set.
 *   --preset FILE    the window reads this preset, as the app does at start
 *   --unattended --preset FILE [--resume]  no page: the unattended run on the
 *                    recorded machine (see unattended.ts); exits with its code.
 *   --bundle DIR     an offline bundle folder (docs/bundle.md): Go, the distro
 *                    image and the WSL MSI come from it, verified against its manifest.
 *   --recorded       with none of the above: only the recording, no sandbox.
 * With none of --machine, --replay, --local-distro, --preset, --unattended,
 * --bundle and --recorded (plain `npm run demo`), the whole journey can be walked: the
 * journey machine, with its distro side played in a new temporary sandbox
 * (demo-default.ts).
 */
interface Args {
  machine: string | null;
  replay: string | null;
  port: number;
  localDistro: string | null;
  logDir: string | null;
  /** The app's own arguments for an unattended run (--unattended, --preset FILE, --resume), passed through. */
  unattended: string[] | null;
  /** --preset FILE without --unattended: the window reads it, as the app does at start. */
  preset: string | null;
  bundle: string | null;
  recorded: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { machine: null, replay: null, port: 0, localDistro: null, logDir: null, unattended: null, preset: null, bundle: null, recorded: false };
  const app: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--machine') args.machine = value();
    else if (a === '--replay') args.replay = value();
    else if (a === '--local-distro') args.localDistro = value();
    else if (a === '--log-dir') args.logDir = value();
    else if (a === '--recorded') args.recorded = true;
    else if (a === '--bundle') args.bundle = value();
    else if (a === '--unattended' || a === '--resume') app.push(a);
    else if (a === '--preset') app.push(a, value());
    else if (a === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('--port takes 0..65535');
      args.port = n;
    } else throw new Error(`unknown option ${a}`);
  }
  if (args.localDistro !== null && args.replay !== null) throw new Error('--local-distro plays a machine for real; a --replay report is read-only');
  if (app.length > 0 && !app.includes('--unattended')) {
    // The window reads the preset (--preset FILE alone); --resume belongs to the unattended run here.
    if (app.includes('--resume')) throw new Error('--resume goes with --unattended here');
    args.preset = app[app.indexOf('--preset') + 1] ?? null;
  } else if (app.length > 0) {
    if (args.replay !== null) throw new Error('an unattended run changes the machine; a --replay report is read-only');
    args.unattended = app;
  }
  return args;
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\nusage: harness [--machine ID [--local-distro DIR] | --replay FILE] [--port N] [--log-dir DIR] [--preset FILE] [--unattended [--resume]] [--bundle DIR]\n`);
    process.exit(2);
  }
  let endpoints;
  try {
    endpoints = readTestEndpoints(process.env);
  } catch (e) {
    process.stderr.write(`${TEST_ENDPOINTS_ENV}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  // The app's logger (redacted file + stderr); an uncaught error is logged, then ends the harness as Node would.
  const logger = createHarnessLogger(args.logDir ? path.resolve(args.logDir) : undefined);
  catchMainErrors(process, logger, () => process.exit(1));
  // Plain `npm run demo`: the journey machine with a sandboxed distro, or (where that cannot run) the recording alone.
  const demo = args.unattended !== null || args.preset !== null || args.bundle !== null ? null : demoDefault(args);
  if (demo) process.stdout.write(`${demo.message}\n`);
  const localDistro = demo?.sandbox ? demo.sandbox.root : args.localDistro ? path.resolve(args.localDistro) : null;
  const distroEnv = { ...(demo?.sandbox?.env ?? {}), ...(endpoints?.distroEnv ?? {}) };
  const machines = args.replay ? null : new MachineCatalog();
  const transcript = args.replay
    ? readTranscriptFile(path.resolve(args.replay))
    : machines!.get(demo?.machine ?? args.machine ?? machines!.defaultId());
  const createRuntime = (emit: Emit) => {
    const runtime = createReplayRuntime({
      emit,
      terminal: new TerminalManager({ emit }),
      machines,
      transcript,
      readOnly: args.replay !== null,
      shell: args.replay ? null : demoShell(),
      ...(localDistro ? { wrapHost: (replay) => new CompositeHost(replay, new LocalDistroHost(localDistro, distroEnv)) } : {}),
      ...(endpoints ? { serviceOverrides: toServiceOverrides(endpoints) } : {}),
      logTail: () => readLogTail(logger.file),
    });
    // No native dialogs here: the harness confirmer (answers set by a test, or the demo's).
    runtime.confirmer = createHarnessConfirmer(process.env, langFrom(undefined, runtime.info.osLocale), (line) => logger.info(line));
    if (args.preset !== null) runtime.preset = loadPreset({ argv: ['--preset', args.preset], exeDir: process.cwd() });
    // Test-only: where "Save these choices as a preset" writes (the harness has no save dialog).
    const savePath = process.env[TEST_PRESET_SAVE_ENV];
    if (savePath) runtime.choosePresetPath = async () => savePath;
    if (args.bundle !== null) {
      const argument = path.resolve(args.bundle);
      runtime.bundle = new BundleService({ find: () => findBundle({ argument, drives: [] }), downloadDir: path.join(runtime.dataDir, 'downloads'), distroDir: path.join(runtime.dataDir, 'distros') });
    }
    return runtime;
  };
  if (args.unattended) {
    // No page and no socket: output goes nowhere but the log; the terminal sessions are still recorded for the report.
    const runtime = createRuntime(() => undefined);
    const code = await runHarnessUnattended({
      runtime,
      argv: args.unattended,
      logDir: path.dirname(logger.file),
      print: (line) => process.stdout.write(`${line}\n`),
    });
    runtime.terminal.dispose();
    process.exit(code);
  }
  const harness = await startHarness({
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: args.port,
    createRuntime,
    log: (line, error) => logger.error(line, error),
  });
  if (localDistro) process.stdout.write(`The distro side runs for real against ${localDistro}.\n`);
  if (endpoints) process.stdout.write(`${TEST_ENDPOINTS_ENV} is set: the services use loopback test servers.\n`);
  if (process.env[TEST_CONFIRM_ENV]) process.stdout.write(`${TEST_CONFIRM_ENV} is set: confirmations are answered by the test.\n`);
  logger.info(`harness started on recorded machine ${transcript.machine.id}`);
  process.stdout.write(`go-wsl-setup demo (${transcript.machine.id}) is running.\nOpen: ${harness.url}\nLog: ${logger.file}\nPress Ctrl+C to stop.\n`);
  // Ctrl+C always ends the demo: a graceful close, then a hard exit if anything still holds on.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      process.stderr.write('The harness did not close within 3 s; exiting anyway.\n');
      process.exit(1);
    }, 3_000).unref();
    void harness.close().then(
      () => {
        demo?.sandbox?.cleanup();
        process.exit(0);
      },
      (e: unknown) => {
        process.stderr.write(`Closing the harness failed: ${String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) void main();
