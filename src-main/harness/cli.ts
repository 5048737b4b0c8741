import path from 'node:path';
import { readTranscriptFile, MachineCatalog } from '../host/machines';
import { createReplayRuntime, demoShell } from '../app/replay-runtime';
import { TerminalManager } from '../terminal/manager';
import { startHarness } from './server';

/**
 * `npm run demo`: the wizard in a browser, on a recorded Windows machine.
 *   --machine ID     which recorded machine (assets/machines/ID.json)
 *   --replay FILE    open a support report read-only instead
 *   --port N         fixed port (default: a free one)
 */
interface Args {
  machine: string | null;
  replay: string | null;
  port: number;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { machine: null, replay: null, port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--machine') args.machine = value();
    else if (a === '--replay') args.replay = value();
    else if (a === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('--port takes 0..65535');
      args.port = n;
    } else throw new Error(`unknown option ${a}`);
  }
  return args;
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\nusage: harness [--machine ID | --replay FILE] [--port N]\n`);
    process.exit(2);
  }
  const machines = args.replay ? null : new MachineCatalog();
  const transcript = args.replay
    ? readTranscriptFile(path.resolve(args.replay))
    : machines!.get(args.machine ?? machines!.list()[0]!.id);
  const harness = await startHarness({
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: args.port,
    createRuntime: (emit) =>
      createReplayRuntime({
        emit,
        terminal: new TerminalManager({ emit }),
        machines,
        transcript,
        readOnly: args.replay !== null,
        shell: args.replay ? null : demoShell(),
      }),
    log: (line, error) => process.stderr.write(`${line}${error ? `: ${String(error)}` : ''}\n`),
  });
  process.stdout.write(`go-wsl-setup demo (${transcript.machine.id}) is running.\nOpen: ${harness.url}\nPress Ctrl+C to stop.\n`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) void main();
