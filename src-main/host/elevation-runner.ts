import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../src-shared/contract';
import { OutputDecoder, streamEncoding } from './console-encoding';
import { windowsPaths } from './commands/windows-paths';
import { elevatedLogs, elevationSpec, isElevationDenied, UAC_ALLOWANCE_MS, type ElevationPlace, type InnerData } from './elevation';
import { ELEVATION_NO_EXIT_MARKER, ELEVATION_NOT_STARTED_MARKER } from './elevation-scripts';
import { runProcess } from './runner';
import { tailFile } from './tail-file';
import type { CommandSpec, OutputStream, RunOptions, RunResult } from './types';

export type ElevateFn = (spec: CommandSpec, options: RunOptions) => Promise<RunResult>;

export interface ElevationOptions {
  /** Where the normal side's own folder (the cancel file) goes: %TEMP% by default. */
  readonly tempDir?: string;
  /** Where the elevated side creates its folder: %SystemRoot%\Temp by default. */
  readonly elevatedRoot?: string;
  /** The account that reads the logs: this process's user by default. */
  readonly reader?: string;
  /** Runs the outer spec; tests stand in for powershell.exe here. It must not be killed by us: see below. */
  readonly runOuter?: (outer: CommandSpec, inner: InnerData) => Promise<RunResult>;
  readonly pollMs?: number;
  /** How long a stop may take to be confirmed before the runner says the command is still running. */
  readonly graceMs?: number;
  /** Time for the UAC prompt, on top of the command's own timeout. */
  readonly uacAllowanceMs?: number;
  /** Joins the elevated folder's path (win32 on Windows; tests on Linux use posix). */
  readonly join?: (...p: string[]) => string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Thrown when a stop was asked for and the elevated command did not confirm it: it may still be running. */
export const STILL_RUNNING = 'ELEVATED_STILL_RUNNING';

export function isStillRunning(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'CONFLICT' && (e.details as { reason?: string } | undefined)?.reason === STILL_RUNNING;
}

/**
 * One elevated action at a time, and its end is the elevated process's end.
 *
 * Cancel and timeout never kill the outer: killing it would only orphan the
 * elevated side (a normal process cannot end it) and lose the one handle
 * that tells when it ends. Instead the runner creates the cancel file the
 * elevated side watches, then waits for the outer to exit. Only then is the
 * result "cancelled" or "timed out"; if that does not happen within graceMs
 * the runner throws STILL_RUNNING and refuses every further elevation until
 * the first one really ended, so a fallback can never start a second
 * installer next to the first (MSI 1618, DISM servicing conflicts).
 */
export function createElevationRunner(options: ElevationOptions = {}): ElevateFn {
  const env = options.env ?? process.env;
  const runOuter = options.runOuter ?? ((outer: CommandSpec) => runProcess(outer, {}, { baseEnv: env, platform: 'win32' }));
  const graceMs = options.graceMs ?? 60_000;
  const join = options.join ?? path.win32.join;
  let inFlight: Promise<unknown> | null = null;

  return async (spec, runOptions) => {
    if (inFlight) {
      throw new ApiError('CONFLICT', 'An administrator action is still running; the wizard starts no other until it has ended.', {
        reason: STILL_RUNNING,
        id: spec.id,
      });
    }
    const started = Date.now();
    const own = await fs.mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'gws-elevate-'));
    const place: ElevationPlace = {
      root: options.elevatedRoot ?? `${windowsPaths.systemRoot}\\Temp`,
      name: `gws-${randomUUID()}`,
      reader: options.reader ?? defaultReader(env),
      cancel: path.join(own, 'cancel'),
    };
    const logs = elevatedLogs(place, join);
    let cleanup = true;
    try {
      const { outer, inner } = elevationSpec(spec, place);
      const decoders: Record<OutputStream, OutputDecoder> = {
        stdout: new OutputDecoder(streamEncoding(spec), 'stdout'),
        stderr: new OutputDecoder(streamEncoding(spec), 'stderr'),
      };
      const text: Record<OutputStream, string> = { stdout: '', stderr: '' };
      const feed = (s: OutputStream) => (bytes: Uint8Array) => {
        const t = decoders[s].write(bytes);
        if (!t) return;
        text[s] += t;
        runOptions.onOutput?.(s, t);
      };
      const tails = { stdout: tailFile(logs.out, feed('stdout'), options.pollMs), stderr: tailFile(logs.err, feed('stderr'), options.pollMs) };

      const ended = runOuter(outer, inner);
      inFlight = ended;
      // Whenever it ends (even after we gave up waiting), the next elevation may start.
      void ended.then(
        () => undefined,
        () => undefined,
      ).then(async () => {
        inFlight = null;
        if (!cleanup) await fs.rm(own, { recursive: true, force: true }).catch(() => undefined);
      });

      const stopReason = await waitForEndOrStop(ended, runOptions.signal, (spec.timeoutMs ?? 120_000) + (options.uacAllowanceMs ?? UAC_ALLOWANCE_MS));
      if (stopReason !== 'ended') {
        await fs.writeFile(place.cancel, stopReason);
        const confirmed = await Promise.race([ended.then(() => true, () => true), sleep(graceMs).then(() => false)]);
        if (!confirmed) {
          cleanup = false;
          await Promise.all([tails.stdout.stop(), tails.stderr.stop()]);
          throw new ApiError('CONFLICT', 'The administrator action was asked to stop and has not confirmed it: it may still be running.', {
            reason: STILL_RUNNING,
            id: spec.id,
          });
        }
      }
      const outerResult = await ended;
      // Ended: the very next elevation (a fallback's) may start now, not a tick later.
      inFlight = null;
      const [stdoutBytes, stderrBytes] = await Promise.all([tails.stdout.stop(), tails.stderr.stop()]);
      for (const s of ['stdout', 'stderr'] as const) {
        const t = decoders[s].end();
        if (t) {
          text[s] += t;
          runOptions.onOutput?.(s, t);
        }
      }
      const stopped = stopReason !== 'ended';
      if (!stopped && isElevationDenied(outerResult)) {
        throw new ApiError('ELEVATION_DENIED', 'The administrator prompt was cancelled: nothing was changed.', { id: spec.id });
      }
      // The outer's own output only says how the elevation went; with a marker, the elevated side never ran
      // (or gave no exit code) and that explanation is the result.
      const outerSays = `${outerResult.stdout}${outerResult.stderr}`;
      const noRun = outerSays.includes(ELEVATION_NOT_STARTED_MARKER) || outerSays.includes(ELEVATION_NO_EXIT_MARKER);
      const exitCode = outerSays.includes(ELEVATION_NO_EXIT_MARKER) || outerResult.exitCode === null ? null : toUnsigned(outerResult.exitCode);
      return {
        id: spec.id,
        argv: spec.argv,
        exitCode,
        signal: outerResult.signal,
        stdout: text.stdout,
        stderr: noRun ? text.stderr + outerSays : text.stderr,
        stdoutBytes,
        stderrBytes,
        encoding: { stdout: decoders.stdout.encoding ?? 'utf8', stderr: decoders.stderr.encoding ?? 'utf8' },
        timedOut: stopReason === 'timeout',
        cancelled: stopReason === 'cancel',
        durationMs: Date.now() - started,
      };
    } finally {
      if (cleanup) await fs.rm(own, { recursive: true, force: true }).catch(() => undefined);
    }
  };
}

/** 'ended' when the outer finished by itself; otherwise why we must ask it to stop. */
function waitForEndOrStop(ended: Promise<unknown>, signal: AbortSignal | undefined, deadlineMs: number): Promise<'ended' | 'cancel' | 'timeout'> {
  if (signal?.aborted) return Promise.resolve('cancel');
  return new Promise((resolve) => {
    const done = (why: 'ended' | 'cancel' | 'timeout') => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(why);
    };
    const onAbort = () => done('cancel');
    const timer = setTimeout(() => done('timeout'), deadlineMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    ended.then(
      () => done('ended'),
      () => done('ended'),
    );
  });
}

/** The logged-on account as icacls names it. */
function defaultReader(env: NodeJS.ProcessEnv): string {
  const user = os.userInfo().username;
  return env.USERDOMAIN ? `${env.USERDOMAIN}\\${user}` : user;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref?.());

/** Windows exit codes are DWORDs: -1 from .NET is 4294967295, as Node reports a direct run. */
function toUnsigned(code: number): number {
  return code < 0 ? code >>> 0 : code;
}
