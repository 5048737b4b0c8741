import path from 'node:path';
import { ApiError } from '../../src-shared/contract';
import { encodePowerShell, powershellSpec } from './commands/powershell';
import {
  ELEVATE_INNER_SCRIPT,
  ELEVATE_OUTER_SCRIPT,
  ELEVATION_CANCELLED_EXIT,
  ELEVATION_DENIED_MARKER,
} from './elevation-scripts';
import { windowsPaths } from './commands/windows-paths';
import type { CommandSpec, RunResult } from './types';

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
 *          Terminal shows the elevated command's output as it happens
 *          (elevation-runner.ts: the runner, cancel and timeout).
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

export { tailFile, type Tail } from './tail-file';
