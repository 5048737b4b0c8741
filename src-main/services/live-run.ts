import type { CommandSpec, Host, RunResult } from '../host/types';
import type { CapturedHandle } from '../terminal';

/**
 * What showing a run live needs: the host that runs it and a Terminal to
 * stream into. The app's Runtime has both; a test passes two fakes.
 */
export interface LiveDeps {
  host(): Host;
  readonly terminal: { openCaptured(title: string): CapturedHandle };
}

/**
 * Run a command and show it live in the Terminal as a captured (non-pty)
 * session: the command line first, then its output as it arrives, then how it
 * ended. Every step's commands go through here so the user sees all of them.
 */
export async function runLive(
  runtime: LiveDeps,
  spec: CommandSpec,
  signal?: AbortSignal,
  alsoTo?: (stream: 'stdout' | 'stderr', text: string) => void,
): Promise<RunResult> {
  const session = runtime.terminal.openCaptured(spec.title ?? displayArgv(spec));
  // Cyan, not dim: dim text fails WCAG contrast on the dark terminal background.
  session.write(`\x1b[36m$ ${displayArgv(spec)}\x1b[0m\r\n`);
  try {
    const result = await runtime.host().run(spec, {
      ...(signal ? { signal } : {}),
      onOutput: (stream, text) => {
        session.write(text.replace(/\r?\n/g, '\r\n'));
        alsoTo?.(stream, text);
      },
    });
    session.end(result.exitCode, result.cancelled ? 'cancelled' : result.timedOut ? 'timeout' : result.signal);
    return result;
  } catch (e) {
    session.end(null, 'error');
    throw e;
  }
}

/** How a command is shown to the user: argv joined for reading only (never executed as a string); stdin is never shown. */
export function displayArgv(spec: CommandSpec): string {
  const argv = spec.argv.map((a, i) => (i === 0 ? a.split(/[\\/]/).pop() ?? a : a));
  // PowerShell's encoded script is noise to a reader: say what it is instead.
  const enc = argv.indexOf('-EncodedCommand');
  if (enc >= 0 && enc + 1 < argv.length) argv[enc + 1] = '<script>';
  return argv.map((a) => (/[\s"'$`\\]/.test(a) ? JSON.stringify(a) : a)).join(' ');
}

/**
 * For services that run several commands and report output through one
 * callback: one captured Terminal session for the whole operation.
 */
export async function withLiveOutput<T>(
  runtime: LiveDeps,
  title: string,
  work: (onOutput: (stream: 'stdout' | 'stderr', text: string) => void) => Promise<T>,
): Promise<T> {
  const session = runtime.terminal.openCaptured(title);
  try {
    const result = await work((_stream, text) => session.write(text.replace(/\r?\n/g, '\r\n')));
    session.end(0, null);
    return result;
  } catch (e) {
    session.end(null, 'error');
    throw e;
  }
}

/**
 * Run options that stream a service's commands into one captured Terminal
 * session and carry the task's cancel signal.
 */
export interface LiveOptions {
  readonly signal: AbortSignal;
  readonly onOutput: (stream: 'stdout' | 'stderr', text: string) => void;
}

export function runLiveOutputOf<T>(runtime: LiveDeps, title: string, signal: AbortSignal, work: (options: LiveOptions) => Promise<T>): Promise<T> {
  return withLiveOutput(runtime, title, (onOutput) => work({ signal, onOutput }));
}
