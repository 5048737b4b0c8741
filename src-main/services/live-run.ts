import type { CommandSpec, Host, RunResult } from '../host/types';
import { ProtocolLineFilter, type CapturedHandle, type TerminalTitle } from '../terminal';

/**
 * What showing a run live needs: the host that runs it and a Terminal to
 * stream into. The app's Runtime has both; a test passes two fakes.
 */
export interface LiveDeps {
  host(): Host;
  readonly terminal: { openCaptured(title: string, name?: TerminalTitle): CapturedHandle };
}

/** Whether an exit is one the command declared a normal answer (compared as 32-bit values: -1 is 4294967295). */
export function isAnswerExit(spec: Pick<CommandSpec, 'answerExits'>, exitCode: number | null): boolean {
  return exitCode !== null && exitCode !== 0 && (spec.answerExits ?? []).some((a) => a >>> 0 === exitCode >>> 0);
}

/** The tab's name for a run: its id (what a recorded machine answers by), with the distro or variant as a value. */
export function titleOfSpec(spec: CommandSpec): TerminalTitle {
  return { id: spec.id, ...(spec.key !== undefined ? { args: { key: spec.key } } : {}) };
}

/**
 * Output for the Terminal: the stdout of a distro script loses its machine
 * lines (protocol-filter.ts); everything else, and stderr, is shown as it comes.
 */
function terminalWriter(session: CapturedHandle, filterStdout: boolean) {
  const filter = filterStdout ? new ProtocolLineFilter() : null;
  const show = (text: string) => {
    if (text.length > 0) session.write(text.replace(/\r?\n/g, '\r\n'));
  };
  return {
    write: (stream: 'stdout' | 'stderr', text: string) => show(stream === 'stdout' && filter ? filter.push(text) : text),
    flush: () => show(filter?.flush() ?? ''),
  };
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
  const session = runtime.terminal.openCaptured(spec.title ?? displayArgv(spec), titleOfSpec(spec));
  // Cyan, not dim: dim text fails WCAG contrast on the dark terminal background.
  session.write(`\x1b[36m$ ${displayArgv(spec)}\x1b[0m\r\n`);
  const out = terminalWriter(session, spec.distro?.script !== undefined);
  try {
    const result = await runtime.host().run(spec, {
      ...(signal ? { signal } : {}),
      onOutput: (stream, text) => {
        out.write(stream, text);
        alsoTo?.(stream, text);
      },
    });
    out.flush();
    const signalName = result.cancelled ? 'cancelled' : result.timedOut ? 'timeout' : result.signal;
    session.end(result.exitCode, signalName, signalName === null && isAnswerExit(spec, result.exitCode));
    return result;
  } catch (e) {
    out.flush();
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
  name?: TerminalTitle,
): Promise<T> {
  const session = runtime.terminal.openCaptured(title, name);
  // These operations run distro scripts: their machine lines stay out of sight.
  const out = terminalWriter(session, true);
  try {
    const result = await work((stream, text) => out.write(stream, text));
    out.flush();
    session.end(0, null);
    return result;
  } catch (e) {
    out.flush();
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

export function runLiveOutputOf<T>(
  runtime: LiveDeps,
  title: string,
  signal: AbortSignal,
  work: (options: LiveOptions) => Promise<T>,
  name?: TerminalTitle,
): Promise<T> {
  return withLiveOutput(runtime, title, (onOutput) => work({ signal, onOutput }), name);
}
