import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../src-shared/contract';
import { concatBytes, StreamDecoder } from '../../src-shared/util/decode';
import { encodePowerShell, powershellSpec } from './commands/powershell';
import {
  ELEVATE_INNER_SCRIPT,
  ELEVATE_OUTER_SCRIPT,
  ELEVATION_CANCELLED_EXIT,
  ELEVATION_DENIED_MARKER,
  ELEVATION_NO_EXIT_MARKER,
  ELEVATION_NOT_STARTED_MARKER,
} from './elevation-scripts';
import { windowsPaths } from './commands/windows-paths';
import { runProcess } from './runner';
import type { CommandSpec, OutputStream, RunOptions, RunResult } from './types';

/**
 * Elevation of ONE action (never the app), with its output live.
 *
 * An elevated process cannot be started with redirected pipes from a normal
 * one (UAC goes through ShellExecute), and it does not inherit our
 * environment. So:
 *   outer: a normal, hidden PowerShell (-EncodedCommand, data in GWS_DATA)
 *          starts the inner one with Start-Process -Verb RunAs and waits on
 *          its process handle; its exit code is the inner's;
 *   inner: the elevated PowerShell (-EncodedCommand, data as one JSON value in
 *          -EncodedArguments, the only channel that survives elevation)
 *          makes its own admin-only folder, runs the target with its output
 *          in two logs there, watches for our cancel file, and exits with
 *          the target's exit code;
 *   main:  tails both logs (display only) while the outer runs, so the
 *          Terminal shows the elevated command's output as it happens.
 * Both scripts (elevation-scripts.ts) run in ConstrainedLanguage. Every
 * command line is built from argv arrays by windowsCommandLine (the
 * CommandLineToArgvW rules), never by joining strings.
 */

export {
  ELEVATE_INNER_SCRIPT,
  ELEVATE_OUTER_SCRIPT,
  ELEVATION_CANCELLED_EXIT,
  ELEVATION_DENIED_MARKER,
  ELEVATION_NO_EXIT_MARKER,
  ELEVATION_NOT_STARTED_MARKER,
  ELEVATION_STOPPED_EXIT,
} from './elevation-scripts';

// ---------------------------------------------------------------------------
// Windows command-line quoting

/**
 * Quote one argument so CommandLineToArgvW (and the MSVC CRT) read it back
 * unchanged: wrap in quotes when it has whitespace or a quote (or is empty);
 * inside, backslashes are literal unless they precede a quote, so a run of
 * backslashes before a quote (or before the closing quote) is doubled and
 * the quote itself is escaped. This is libuv's quote_cmd_arg, in the open.
 */
export function quoteWindowsArg(arg: string): string {
  if (arg === '') return '""';
  if (!/[\s"]/.test(arg)) return arg;
  let out = '"';
  let slashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      slashes++;
      continue;
    }
    if (ch === '"') {
      out += '\\'.repeat(slashes * 2 + 1) + '"';
    } else {
      out += '\\'.repeat(slashes) + ch;
    }
    slashes = 0;
  }
  return `${out}${'\\'.repeat(slashes * 2)}"`;
}

/** A whole command line (without the program, or with it: argv[0] follows the same rules for paths without quotes). */
export function windowsCommandLine(args: readonly string[]): string {
  for (const a of args) if (a.includes('\0')) throw new ApiError('VALIDATION', 'an argument contains a NUL character');
  return args.map(quoteWindowsArg).join(' ');
}

// ---------------------------------------------------------------------------
// The plan: which process runs, with which data

/** Where the elevated side puts its private folder, and what the normal side may do. */
export interface ElevationPlace {
  /** Parent of the elevated side's folder: %SystemRoot%\Temp on Windows (the user cannot swap it). */
  readonly root: string;
  /** The folder's name, random; the elevated side refuses it if it already exists. */
  readonly name: string;
  /** The account allowed to read the logs (DOMAIN\user): the normal side. */
  readonly reader: string;
  /** The file whose appearance asks the elevated side to stop (in the normal side's own folder). */
  readonly cancel: string;
}

/** What the elevated inner script receives, as JSON. */
export interface InnerData {
  readonly file: string;
  readonly commandLine: string;
  readonly env: readonly { readonly name: string; readonly value: string }[];
  readonly root: string;
  readonly name: string;
  readonly reader: string;
  readonly cancel: string;
  readonly icacls: string;
  readonly taskkill: string;
  /** The elevated side's own deadline, a backstop behind the normal side's cancel. */
  readonly timeoutMs: number;
}

/** What the outer (normal) script receives in GWS_DATA. */
export interface OuterData {
  readonly powershell: string;
  readonly arguments: string;
  readonly net: string;
}

/** The logs the elevated side writes in its folder (for display only). */
export function elevatedLogs(place: Pick<ElevationPlace, 'root' | 'name'>, join: (...p: string[]) => string = path.win32.join) {
  const dir = join(place.root, place.name);
  return { dir, out: join(dir, 'stdout.log'), err: join(dir, 'stderr.log') };
}

/** Time for the person to read the UAC prompt (or fetch the administrator who types the password). */
export const UAC_ALLOWANCE_MS = 300_000;
/** The elevated side's own deadline comes this long after ours, so ours (a cancel that is confirmed) normally decides. */
const BACKSTOP_MARGIN_MS = 60_000;

/**
 * JSON that only uses printable ASCII without & < > _ : every other
 * character is a \uXXXX escape (ConvertFrom-Json reads them back). So the
 * text passes unchanged through XML and through CLIXML's _xHHHH_ decoding,
 * and the inner script needs no base64 decoding (System.Convert is not
 * allowed in ConstrainedLanguage).
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]|[&<>_]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * -EncodedArguments takes base64 (UTF-16LE) of a CLIXML ArrayList, the form
 * powershell.exe itself uses for `powershell { ... } -args`. Its strings are
 * inert JSON (above), so no XML or CLIXML escaping is needed; anything else
 * is refused rather than escaped by hand.
 */
export function encodeArguments(values: readonly string[]): string {
  for (const v of values) if (/[^\x20-\x7e]|[&<>_]/.test(v)) throw new ApiError('VALIDATION', 'an elevated argument must be inert JSON');
  const items = values.map((v) => `<S>${v}</S>`).join('');
  const clixml =
    '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0">' +
    '<TN RefId="0"><T>System.Collections.ArrayList</T><T>System.Object</T></TN>' +
    `<LST>${items}</LST></Obj></Objs>`;
  return Buffer.from(clixml, 'utf16le').toString('base64');
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Characters Windows forbids in account names, and icacls's own separator. */
const BAD_ACCOUNT = /["/[\]:;|=,+*?<>]/;

/** The outer PowerShell spec that elevates `spec`, and the data its elevated side gets. */
export function elevationSpec(spec: CommandSpec, place: ElevationPlace): { outer: CommandSpec; inner: InnerData } {
  const [file, ...args] = spec.argv;
  if (!file) throw new ApiError('VALIDATION', `${spec.id}: empty argv`);
  if (spec.stdin !== undefined) throw new ApiError('UNSUPPORTED', `${spec.id}: an elevated action cannot take stdin`);
  const env = Object.entries(spec.env ?? {}).map(([name, value]) => ({ name, value }));
  for (const e of env) if (!ENV_NAME.test(e.name)) throw new ApiError('VALIDATION', `${spec.id}: bad environment name ${JSON.stringify(e.name)}`);
  if (place.reader.trim() === '' || BAD_ACCOUNT.test(place.reader)) throw new ApiError('VALIDATION', `bad account name ${JSON.stringify(place.reader)}`);
  if (!/^[A-Za-z0-9-]+$/.test(place.name)) throw new ApiError('VALIDATION', 'the elevated folder name must be plain');
  const system32 = `${windowsPaths.systemRoot}\\System32`;
  const inner: InnerData = {
    file,
    commandLine: windowsCommandLine(args),
    env,
    ...place,
    icacls: `${system32}\\icacls.exe`,
    taskkill: `${system32}\\taskkill.exe`,
    timeoutMs: (spec.timeoutMs ?? 120_000) + BACKSTOP_MARGIN_MS,
  };
  const innerArgs = [
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-WindowStyle',
    'Hidden',
    '-EncodedCommand',
    encodePowerShell(ELEVATE_INNER_SCRIPT),
    '-EncodedArguments',
    encodeArguments([inertJson(inner)]),
  ];
  const data: OuterData = { powershell: windowsPaths.powershell, arguments: windowsCommandLine(innerArgs), net: `${system32}\\net.exe` };
  // The runner, not the process timeout, ends an elevated action (by the cancel file): this one only
  // keeps a lost outer from living for ever.
  const outer = powershellSpec(spec.id, ELEVATE_OUTER_SCRIPT, data, {
    timeoutMs: 24 * 3600_000,
    title: spec.title ?? spec.id,
    ...(spec.key ? { key: spec.key } : {}),
  });
  return { outer, inner };
}

/** A refused UAC prompt, from the outer script's marker, its exit code, or (replayed) the words Windows uses. */
export function isElevationDenied(r: Pick<RunResult, 'exitCode' | 'stdout' | 'stderr'>): boolean {
  const text = `${r.stdout}\n${r.stderr}`;
  return (
    r.exitCode === ELEVATION_CANCELLED_EXIT ||
    text.includes(ELEVATION_DENIED_MARKER) ||
    /operation was canceled by the user|0x800704c7|操作已被用户取消/i.test(text)
  );
}

// ---------------------------------------------------------------------------
// Tailing a growing file

export interface Tail {
  /** Stop polling after reading whatever is still unread; resolves with every byte read. */
  stop(): Promise<Uint8Array>;
}

/**
 * Follow a file another process appends to: poll by size (fs.watch is
 * unreliable on network drives and for files held open by another process
 * on Windows), read only the new bytes, hand them over in order. A missing
 * file is simply not there yet.
 */
export function tailFile(file: string, onBytes: (bytes: Uint8Array) => void, intervalMs = 100): Tail {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  let reading: Promise<void> = Promise.resolve();
  let stopped = false;

  const readNew = async (): Promise<void> => {
    let handle: fs.FileHandle | null = null;
    try {
      handle = await fs.open(file, 'r');
      for (;;) {
        const buf = Buffer.alloc(64 * 1024);
        const { bytesRead } = await handle.read(buf, 0, buf.length, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
        const bytes = new Uint8Array(buf.buffer, buf.byteOffset, bytesRead);
        chunks.push(bytes);
        onBytes(bytes);
      }
    } catch (e) {
      // Not there yet, or (on Windows) not yet readable before the elevated side set its access list:
      // the logs are for display only, so wait rather than fail the action.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EPERM') throw e;
    } finally {
      await handle?.close();
    }
  };
  const tick = () => {
    // Reads never overlap: each waits for the one before.
    reading = reading.then(readNew, readNew);
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    async stop() {
      if (!stopped) {
        stopped = true;
        clearInterval(timer);
        tick();
      }
      await reading;
      return concatBytes(chunks);
    },
  };
}

// ---------------------------------------------------------------------------
// The runner WindowsHost uses

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
      const decoders: Record<OutputStream, StreamDecoder> = {
        stdout: new StreamDecoder(spec.decode ?? 'auto'),
        stderr: new StreamDecoder(spec.decode ?? 'auto'),
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
