import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../src-shared/contract';
import { concatBytes } from '../../src-shared/util/decode';
import { OutputDecoder, streamEncoding } from './console-encoding';
import { encodePowerShell, powershellSpec } from './commands/powershell';
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
 *          starts the inner one with the "runas" verb and waits for it;
 *   inner: the elevated PowerShell (-EncodedCommand, data as one JSON value in
 *          -EncodedArguments, the only channel that survives elevation)
 *          runs the target argv with stdout/stderr copied unbuffered into two
 *          log files in %TEMP%, and writes the exit code to a third;
 *   main:  tails both logs while the outer runs, so the Terminal shows the
 *          elevated command's output as it happens.
 * Every command line is built from argv arrays by windowsCommandLine (the
 * CommandLineToArgvW rules), never by joining strings.
 */

/** ERROR_CANCELLED: the user answered "No" to the UAC prompt (HRESULT 0x800704C7). */
export const ELEVATION_CANCELLED_EXIT = 1223;
export const ELEVATION_DENIED_MARKER = 'GWS_ELEVATION_DENIED';

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
// The two PowerShell scripts (constants: data never becomes code)

/**
 * Outer, not elevated. [Diagnostics.Process]::Start with Verb=runas rather
 * than Start-Process -Verb RunAs: both call ShellExecuteEx, but Start-Process
 * rewraps a refused prompt into an InvalidOperationException whose only trace
 * of error 1223 is a translated message; Process.Start throws the
 * Win32Exception itself, whose NativeErrorCode is the same in every language.
 */
export const ELEVATE_OUTER_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
$d = $env:GWS_DATA | ConvertFrom-Json
$psi = New-Object System.Diagnostics.ProcessStartInfo
$psi.FileName = $d.powershell
$psi.Arguments = $d.arguments
$psi.Verb = 'runas'
$psi.UseShellExecute = $true
$psi.WindowStyle = [System.Diagnostics.ProcessWindowStyle]::Hidden
try {
  $p = [System.Diagnostics.Process]::Start($psi)
} catch [System.ComponentModel.Win32Exception] {
  if ($_.Exception.NativeErrorCode -eq 1223) {
    [Console]::Out.WriteLine('GWS_ELEVATION_DENIED: The operation was canceled by the user.')
    exit 1223
  }
  [Console]::Error.WriteLine($_.Exception.Message)
  exit 1
}
$p.WaitForExit()
exit $p.ExitCode
`;

/** Inner, elevated: run the target with no shell, stdin closed, both streams copied byte for byte and unbuffered. */
export const ELEVATE_INNER_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
$d = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String([string]$args[0])) | ConvertFrom-Json
$code = 1
$out = $null
$err = $null
try {
  $out = New-Object System.IO.FileStream($d.out, [System.IO.FileMode]::Create, [System.IO.FileAccess]::Write, [System.IO.FileShare]::ReadWrite, 1)
  $err = New-Object System.IO.FileStream($d.err, [System.IO.FileMode]::Create, [System.IO.FileAccess]::Write, [System.IO.FileShare]::ReadWrite, 1)
  $psi = New-Object System.Diagnostics.ProcessStartInfo
  $psi.FileName = $d.file
  $psi.Arguments = $d.commandLine
  $psi.UseShellExecute = $false
  $psi.CreateNoWindow = $true
  $psi.RedirectStandardInput = $true
  $psi.RedirectStandardOutput = $true
  $psi.RedirectStandardError = $true
  if ($d.env) { foreach ($kv in $d.env.PSObject.Properties) { $psi.EnvironmentVariables[$kv.Name] = [string]$kv.Value } }
  $p = [System.Diagnostics.Process]::Start($psi)
  $p.StandardInput.Close()
  $t1 = $p.StandardOutput.BaseStream.CopyToAsync($out)
  $t2 = $p.StandardError.BaseStream.CopyToAsync($err)
  $p.WaitForExit()
  [System.Threading.Tasks.Task]::WaitAll([System.Threading.Tasks.Task[]]@($t1, $t2))
  $code = $p.ExitCode
} catch {
  if ($err) {
    $b = [System.Text.Encoding]::UTF8.GetBytes($_.Exception.Message + [Environment]::NewLine)
    $err.Write($b, 0, $b.Length)
  }
} finally {
  if ($out) { $out.Dispose() }
  if ($err) { $err.Dispose() }
  [System.IO.File]::WriteAllText($d.exit, [string]$code)
}
exit $code
`;

// ---------------------------------------------------------------------------
// The plan: which process runs, with which data

export interface ElevationFiles {
  readonly out: string;
  readonly err: string;
  readonly exit: string;
}

/** What the elevated inner script receives, as JSON. */
export interface InnerData {
  readonly file: string;
  readonly commandLine: string;
  readonly env: Readonly<Record<string, string>>;
  readonly out: string;
  readonly err: string;
  readonly exit: string;
}

/**
 * -EncodedArguments takes base64 (UTF-16LE) of a CLIXML ArrayList, the form
 * powershell.exe itself uses for `powershell { ... } -args`. Its one string is
 * the JSON data, base64 again (UTF-8), so no character of the data needs XML
 * or CLIXML (_xHHHH_) escaping.
 */
export function encodeArguments(values: readonly string[]): string {
  const items = values.map((v) => `<S>${Buffer.from(v, 'utf8').toString('base64')}</S>`).join('');
  const clixml =
    '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0">' +
    '<TN RefId="0"><T>System.Collections.ArrayList</T><T>System.Object</T></TN>' +
    `<LST>${items}</LST></Obj></Objs>`;
  return Buffer.from(clixml, 'utf16le').toString('base64');
}

/** The outer PowerShell spec that elevates `spec`. Extra time is for the person reading the UAC prompt. */
export function elevationSpec(spec: CommandSpec, files: ElevationFiles): { outer: CommandSpec; inner: InnerData } {
  const [file, ...args] = spec.argv;
  if (!file) throw new ApiError('VALIDATION', `${spec.id}: empty argv`);
  if (spec.stdin !== undefined) throw new ApiError('UNSUPPORTED', `${spec.id}: an elevated action cannot take stdin`);
  const inner: InnerData = { file, commandLine: windowsCommandLine(args), env: { ...spec.env }, ...files };
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
    encodeArguments([JSON.stringify(inner)]),
  ];
  const outer = powershellSpec(
    spec.id,
    ELEVATE_OUTER_SCRIPT,
    { powershell: windowsPaths.powershell, arguments: windowsCommandLine(innerArgs) },
    { timeoutMs: (spec.timeoutMs ?? 120_000) + 300_000, title: spec.title ?? spec.id, ...(spec.key ? { key: spec.key } : {}) },
  );
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
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
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
  /** Where the log files go (%TEMP% by default). */
  readonly tempDir?: string;
  /** Runs the outer spec; tests stand in for powershell.exe here. */
  readonly runOuter?: (outer: CommandSpec, options: RunOptions, inner: InnerData) => Promise<RunResult>;
  readonly pollMs?: number;
  readonly env?: NodeJS.ProcessEnv;
}

export function createElevationRunner(options: ElevationOptions = {}): ElevateFn {
  const runOuter =
    options.runOuter ?? ((outer: CommandSpec, o: RunOptions) => runProcess(outer, o, { baseEnv: options.env ?? process.env, platform: 'win32' }));
  return async (spec, runOptions) => {
    const dir = await fs.mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'gws-elevated-'));
    const files: ElevationFiles = { out: path.join(dir, 'stdout.log'), err: path.join(dir, 'stderr.log'), exit: path.join(dir, 'exit-code.txt') };
    try {
      const { outer, inner } = elevationSpec(spec, files);
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
      const tails = { stdout: tailFile(files.out, feed('stdout'), options.pollMs), stderr: tailFile(files.err, feed('stderr'), options.pollMs) };
      // The outer's own output is not the action's output; it only says how the elevation went.
      const outerResult = await runOuter(outer, runOptions.signal ? { signal: runOptions.signal } : {}, inner);
      const [stdoutBytes, stderrBytes] = await Promise.all([tails.stdout.stop(), tails.stderr.stop()]);
      for (const s of ['stdout', 'stderr'] as const) {
        const t = decoders[s].end();
        if (t) {
          text[s] += t;
          runOptions.onOutput?.(s, t);
        }
      }
      if (isElevationDenied(outerResult)) {
        throw new ApiError('ELEVATION_DENIED', 'The administrator prompt was cancelled: nothing was changed.', { id: spec.id });
      }
      const exitText = await fs.readFile(files.exit, 'utf8').catch(() => null);
      const innerExit = exitText !== null && /^\s*-?\d+\s*$/.test(exitText) ? Number(exitText) : null;
      // No exit file: the elevated side never ran; what the outer printed is the explanation.
      const ran = innerExit !== null;
      return {
        id: spec.id,
        argv: spec.argv,
        exitCode: ran ? toUnsigned(innerExit) : outerResult.exitCode,
        signal: ran ? null : outerResult.signal,
        stdout: ran ? text.stdout : text.stdout + outerResult.stdout,
        stderr: ran ? text.stderr : text.stderr + outerResult.stderr,
        stdoutBytes,
        stderrBytes,
        encoding: { stdout: decoders.stdout.encoding ?? 'utf8', stderr: decoders.stderr.encoding ?? 'utf8' },
        timedOut: outerResult.timedOut,
        cancelled: outerResult.cancelled,
        durationMs: outerResult.durationMs,
      };
    } finally {
      await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  };
}

/** Windows exit codes are DWORDs: -1 from .NET is 4294967295, as Node reports a direct run. */
function toUnsigned(code: number): number {
  return code < 0 ? code >>> 0 : code;
}
