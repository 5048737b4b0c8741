import { ApiError } from '../../src-shared/contract';
import { redactSecrets } from '../../src-shared/network/proxy';
import { distroScriptSpec } from '../host/commands/distro';
import type { CommandSpec, OutputStream, RunOptions, RunResult } from '../host/types';
import { exitMeaning, type DistroScriptName, type ExitMeaning } from './exits';
import { loadDistroScript, type ScriptText } from './index';

/**
 * The one way to run a distro script: `wsl.exe -d NAME -u USER --exec bash -s
 * -- ARGS` with the script on stdin (see host/commands/distro.ts).
 *
 * The one rule for exit codes: a script that ran and exited comes back as
 * data, its exit code with the meaning SCRIPT_EXITS gives it, and the service
 * decides what is an error. Only a run that did not end by itself throws:
 * the task was cancelled (CANCELLED), it ran past its timeout (TIMEOUT), or
 * it never started (HOST_FAILED). A run the caller stopped with its own
 * `stop` signal (a race that has its answer) comes back as data too.
 */

/** How a command reaches the OS: Host.run, or runLive so the Terminal shows it. */
export type RunCommand = (spec: CommandSpec, options?: RunOptions) => Promise<RunResult>;

export interface ScriptCall<S extends DistroScriptName = DistroScriptName> {
  /** The id a recorded machine answers by. */
  readonly id: string;
  readonly script: S;
  readonly distro: string;
  /** 'root' or the Linux user. */
  readonly user: string;
  /** Data, as positional arguments: never spliced into the script text. */
  readonly args: readonly string[];
  /** Extra environment (e.g. GWS_PROXY with WSLENV): for data that must stay out of argv. */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * One line the script reads from stdin after its own text (a password, a
   * file in base64): bash reads a piped script only as far as the command it
   * runs, so the script's `read` gets this line.
   */
  readonly stdinLine?: string;
  readonly timeoutMs: number;
  readonly mutates?: boolean;
  readonly title?: string;
}

export interface ScriptRunOptions {
  /** The task's signal: when it aborts, the run throws CANCELLED. */
  readonly signal?: AbortSignal;
  /** The caller's own stop: the run ends and comes back with exit 'stopped'. */
  readonly stop?: AbortSignal;
  /** Live output, with `secrets` and URL credentials removed. */
  readonly onOutput?: (stream: OutputStream, text: string) => void;
  /** Live stdout as the script wrote it, for parsers that follow the run. */
  readonly onStdout?: (text: string) => void;
  /** Values that must never leave in output (a proxy password). */
  readonly secrets?: readonly (string | undefined)[];
}

export interface ScriptRun<S extends DistroScriptName = DistroScriptName> {
  readonly script: S;
  /** null only when the caller's `stop` ended the run. */
  readonly exitCode: number | null;
  readonly exit: ExitMeaning<S> | 'stopped';
  /** Output with `secrets` and URL credentials removed. */
  readonly stdout: string;
  readonly stderr: string;
  readonly result: RunResult;
}

export interface ScriptRunner {
  run<S extends DistroScriptName>(call: ScriptCall<S>, options?: ScriptRunOptions): Promise<ScriptRun<S>>;
}

/** The CommandSpec of one call: what the runner hands the host (exported for tests and recordings). */
export function scriptSpec(call: ScriptCall, scripts: ScriptText = loadDistroScript): CommandSpec {
  const text = scripts(call.script);
  const stdin = call.stdinLine === undefined ? text : `${text}${text.endsWith('\n') ? '' : '\n'}${call.stdinLine}\n`;
  return distroScriptSpec(
    call.id,
    { name: call.distro, user: call.user, script: call.script, args: call.args },
    stdin,
    { timeoutMs: call.timeoutMs, ...(call.mutates !== undefined ? { mutates: call.mutates } : {}), ...(call.title !== undefined ? { title: call.title } : {}), ...(call.env ? { env: call.env } : {}) },
  );
}

export function scriptRunner(run: RunCommand, scripts: ScriptText = loadDistroScript): ScriptRunner {
  return {
    async run(call, options = {}) {
      const { signal: task, stop, secrets = [] } = options;
      const signal = task && stop ? AbortSignal.any([task, stop]) : (stop ?? task);
      const result = await run(scriptSpec(call, scripts), {
        ...(signal ? { signal } : {}),
        onOutput: (stream, text) => {
          if (stream === 'stdout') options.onStdout?.(text);
          options.onOutput?.(stream, redactSecrets(text, secrets));
        },
      });
      const stopped = result.cancelled && stop?.aborted === true && task?.aborted !== true;
      if (result.cancelled && !stopped) throw new ApiError('CANCELLED', `${call.script} was cancelled`);
      if (result.timedOut) throw new ApiError('TIMEOUT', `${call.script} ran past ${call.timeoutMs} ms`);
      if (result.exitCode === null && !stopped) {
        throw new ApiError('HOST_FAILED', `${call.script} did not run`, { signal: result.signal, stderrTail: redactSecrets(result.stderr.slice(-2000), secrets) });
      }
      return {
        script: call.script,
        exitCode: stopped ? null : result.exitCode,
        exit: stopped || result.exitCode === null ? 'stopped' : exitMeaning(call.script, result.exitCode),
        stdout: redactSecrets(result.stdout, secrets),
        stderr: redactSecrets(result.stderr, secrets),
        result,
      };
    },
  };
}
