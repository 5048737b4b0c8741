import { spawn } from 'node:child_process';
import { createWriteStream, promises as fs } from 'node:fs';
import os from 'node:os';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import { encodeUtf16le } from '../../../src-shared/util/decode';
import {
  createElevationRunner,
  ELEVATE_INNER_SCRIPT,
  ELEVATE_OUTER_SCRIPT,
  elevationSpec,
  isElevationDenied,
  quoteWindowsArg,
  tailFile,
  windowsCommandLine,
  type InnerData,
} from '../../../src-main/host/elevation';
import type { CommandSpec, RunOptions, RunResult } from '../../../src-main/host/types';
import { decodeEncodedArguments, decodePowerShell, parseWindowsArgs } from '../wsl/support/cmdline';

const HOSTILE = ['plain', 'two words', '', 'tab\there', 'quote"inside', 'trailing\\', 'C:\\Program Files\\Go on WSL\\', 'a\\\\"b', '$(reboot)', "'; Remove-Item -Recurse C:\\ ; '", '"', '\\"', '&|<>^%PATH%'];

describe('Windows command-line quoting (CommandLineToArgvW rules)', () => {
  it('quotes only what needs it, and doubles backslashes only before a quote', () => {
    expect(quoteWindowsArg('plain')).toBe('plain');
    expect(quoteWindowsArg('')).toBe('""');
    expect(quoteWindowsArg('two words')).toBe('"two words"');
    expect(quoteWindowsArg('C:\\dir\\')).toBe('C:\\dir\\');
    expect(quoteWindowsArg('C:\\my dir\\')).toBe('"C:\\my dir\\\\"');
    expect(quoteWindowsArg('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteWindowsArg('a\\"b')).toBe('"a\\\\\\"b"');
  });

  it('every hostile argument reads back unchanged', () => {
    expect(parseWindowsArgs(windowsCommandLine(HOSTILE))).toEqual(HOSTILE);
  });

  it('any list of arguments round-trips (property)', () => {
    const arg = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', '"', '\\', 'é', '中', "'", '$', '{', '}'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 6 }), (args) => {
        expect(parseWindowsArgs(windowsCommandLine(args))).toEqual(args);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a NUL, which no Windows command line can carry', () => {
    expect(() => windowsCommandLine(['a\0b'])).toThrow(ApiError);
  });
});

const target: CommandSpec = {
  id: 'wsl.install',
  argv: ['C:\\Windows\\System32\\wsl.exe', '--install', '--no-distribution', 'name with "quotes" and \\'],
  env: { WSL_UTF8: '1' },
  elevated: true,
  timeoutMs: 60_000,
};
const files = { out: 'C:\\Users\\Zoë Li\\AppData\\Local\\Temp\\gws-x\\stdout.log', err: 'C:\\T\\err.log', exit: 'C:\\T\\exit.txt' };

describe('the elevation plan', () => {
  it('outer: hidden PowerShell with the constant script encoded, data only as JSON in GWS_DATA', () => {
    const { outer } = elevationSpec(target, files);
    const enc = outer.argv.indexOf('-EncodedCommand');
    expect(outer.argv[0]).toMatch(/\\powershell\.exe$/);
    expect(decodePowerShell(outer.argv[enc + 1]!)).toBe(ELEVATE_OUTER_SCRIPT);
    expect(outer.argv.some((a) => a.includes('wsl.exe'))).toBe(false);
    const data = JSON.parse(outer.env!.GWS_DATA!) as { powershell: string; arguments: string };
    expect(data.powershell).toMatch(/\\powershell\.exe$/);
    // The outer timeout leaves the person time to read the UAC prompt.
    expect(outer.timeoutMs).toBeGreaterThan(target.timeoutMs!);
  });

  it('inner: its command line reads back to the constant script and the target argv as JSON data', () => {
    const { outer, inner } = elevationSpec(target, files);
    const data = JSON.parse(outer.env!.GWS_DATA!) as { arguments: string };
    const args = parseWindowsArgs(data.arguments);
    expect(args.slice(0, 6)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-WindowStyle', 'Hidden']);
    expect(decodePowerShell(args[args.indexOf('-EncodedCommand') + 1]!)).toBe(ELEVATE_INNER_SCRIPT);
    const [json] = decodeEncodedArguments(args[args.indexOf('-EncodedArguments') + 1]!);
    const got = JSON.parse(json!) as InnerData;
    expect(got).toEqual(inner);
    expect(got.file).toBe(target.argv[0]);
    expect(parseWindowsArgs(got.commandLine)).toEqual(target.argv.slice(1));
    expect(got).toMatchObject({ env: { WSL_UTF8: '1' }, out: files.out, err: files.err, exit: files.exit });
  });

  it('the scripts never change with the data: only the JSON does', () => {
    const a = elevationSpec(target, files).outer;
    const b = elevationSpec({ ...target, argv: ['C:\\x.exe', '$(evil)'] }, files).outer;
    expect(a.argv).toEqual(b.argv);
    expect(a.env!.GWS_DATA).not.toBe(b.env!.GWS_DATA);
  });

  it('stdin cannot be carried through elevation and is refused, not dropped', () => {
    expect(() => elevationSpec({ ...target, stdin: 'x' }, files)).toThrow(/stdin/);
  });

  it('recognises a refused UAC prompt by code, marker or words, and nothing else', () => {
    expect(isElevationDenied({ exitCode: 1223, stdout: '', stderr: '' })).toBe(true);
    expect(isElevationDenied({ exitCode: 1, stdout: 'GWS_ELEVATION_DENIED: x', stderr: '' })).toBe(true);
    expect(isElevationDenied({ exitCode: 1, stdout: '', stderr: 'The operation was canceled by the user.' })).toBe(true);
    expect(isElevationDenied({ exitCode: 1, stdout: '', stderr: 'Error: 0x80070005 Access is denied.' })).toBe(false);
    expect(isElevationDenied({ exitCode: 0, stdout: 'The operation completed successfully.', stderr: '' })).toBe(false);
  });
});

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gws-elev-test-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('tailing a growing file', () => {
  it('hands over appended bytes while the writer is still writing, in order, and all of them at stop', async () => {
    const file = path.join(dir, 'grow.log');
    const seen: { at: number; text: string }[] = [];
    const tail = tailFile(file, (b) => seen.push({ at: Date.now(), text: Buffer.from(b).toString() }), 20);
    const handle = await fs.open(file, 'a');
    const written: number[] = [];
    for (let i = 0; i < 5; i++) {
      await handle.write(`line ${i}\n`);
      written.push(Date.now());
      await sleep(80);
    }
    const doneWriting = Date.now();
    await handle.write('last, unread until stop\n');
    await handle.close();
    const all = await tail.stop();
    expect(Buffer.from(all).toString()).toBe('line 0\nline 1\nline 2\nline 3\nline 4\nlast, unread until stop\n');
    expect(seen.map((s) => s.text).join('')).toBe(Buffer.from(all).toString());
    // Live: most lines were seen before the writer finished.
    expect(seen.filter((s) => s.at < doneWriting).length).toBeGreaterThanOrEqual(3);
  });

  it('a file that does not exist yet is waited for, not an error', async () => {
    const file = path.join(dir, 'later.log');
    const tail = tailFile(file, () => undefined, 10);
    await sleep(40);
    await fs.writeFile(file, 'now here');
    await sleep(40);
    expect(Buffer.from(await tail.stop()).toString()).toBe('now here');
  });
});

/**
 * Stands in for powershell.exe: takes the inner data the plan built, splits
 * its command line with the independent parser, runs the target for real
 * here and copies its output into the log files as it comes, then writes the
 * exit-code file, like the inner script does elevated.
 */
function fakeOuter(delayStartMs = 0) {
  return async (outer: CommandSpec, _o: RunOptions, inner: InnerData): Promise<RunResult> => {
    await sleep(delayStartMs);
    const child = spawn(inner.file, parseWindowsArgs(inner.commandLine), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...inner.env } });
    const out = createWriteStream(inner.out);
    const err = createWriteStream(inner.err);
    child.stdout.pipe(out);
    child.stderr.pipe(err);
    const flushed = Promise.all([finished(out), finished(err)]);
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? 1)));
    await flushed;
    await fs.writeFile(inner.exit, String(code === 3 ? -1 : code));
    return result(outer.id, code, '', '');
  };
}

function result(id: string, exitCode: number, stdout: string, stderr: string): RunResult {
  return {
    id,
    argv: [],
    exitCode,
    signal: null,
    stdout,
    stderr,
    stdoutBytes: new Uint8Array(),
    stderrBytes: new Uint8Array(),
    encoding: { stdout: 'utf8', stderr: 'utf8' },
    timedOut: false,
    cancelled: false,
    durationMs: 1,
  };
}

describe('the elevation runner (a real target behind a stand-in for the elevated PowerShell)', () => {
  const script = [
    "const w = (s) => process.stdout.write(s);",
    // Over 64 bytes: the decoder sniffs UTF-8 vs UTF-16LE from the first 64.
    "w('Installing: Windows Subsystem for Linux (this may take a few minutes)\\n');",
    "setTimeout(() => w('[=====   50.0%       ]\\n'), 150);",
    "setTimeout(() => { process.stderr.write(process.argv[1] + '|' + process.env.WSL_UTF8 + '\\n'); w('The requested operation is successful.\\n'); process.exit(3); }, 400);",
  ].join('');

  it('streams the elevated output live, keeps the streams apart and reports the inner exit code', async () => {
    const run = createElevationRunner({ tempDir: dir, runOuter: fakeOuter(), pollMs: 20 });
    const live: { at: number; stream: string; text: string }[] = [];
    const spec: CommandSpec = { id: 'wsl.install', argv: [process.execPath, '-e', script, 'arg with "quote"'], env: { WSL_UTF8: '1' }, elevated: true };
    const started = Date.now();
    const r = await run(spec, { onOutput: (stream, text) => live.push({ at: Date.now() - started, stream, text }) });
    expect(r.stdout).toBe('Installing: Windows Subsystem for Linux (this may take a few minutes)\n[=====   50.0%       ]\nThe requested operation is successful.\n');
    expect(r.stderr).toBe('arg with "quote"|1\n');
    // -1 from .NET is the DWORD Node reports for a direct run.
    expect(r.exitCode).toBe(4294967295);
    expect(live.filter((l) => l.stream === 'stdout').map((l) => l.text).join('')).toBe(r.stdout);
    // Live: the first line arrived while the target was still running (it runs ~400 ms more).
    expect(live[0]!.at).toBeLessThan(Date.now() - started - 150);
    // The temp folder with the logs is gone.
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('decodes UTF-16LE output the way the non-elevated runner does', async () => {
    const run = createElevationRunner({
      tempDir: dir,
      pollMs: 10,
      runOuter: async (outer, _o, inner) => {
        await fs.writeFile(inner.out, encodeUtf16le('适用于 Linux 的 Windows 子系统\r\n'));
        await fs.writeFile(inner.exit, '0');
        return result(outer.id, 0, '', '');
      },
    });
    const r = await run({ id: 'wsl.update', argv: ['C:\\wsl.exe', '--update'], elevated: true }, {});
    expect(r.stdout).toBe('适用于 Linux 的 Windows 子系统\r\n');
    expect(r.encoding.stdout).toBe('utf16le');
    expect(r.exitCode).toBe(0);
  });

  it('a refused UAC prompt is ELEVATION_DENIED, and the temp files are removed', async () => {
    const run = createElevationRunner({
      tempDir: dir,
      runOuter: async (outer) => result(outer.id, 1223, 'GWS_ELEVATION_DENIED: The operation was canceled by the user.\r\n', ''),
    });
    const err = await run(target, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('ELEVATION_DENIED');
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('when the elevated side never ran, the outer explanation is the result', async () => {
    const run = createElevationRunner({ tempDir: dir, runOuter: async (outer) => result(outer.id, 1, '', 'The system cannot find the file specified.\r\n') });
    const r = await run(target, {});
    expect(r).toMatchObject({ exitCode: 1, stderr: 'The system cannot find the file specified.\r\n' });
  });
});
