import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import { encodeUtf16le } from '../../../src-shared/util/decode';
import { createElevationRunner, isStillRunning } from '../../../src-main/host/elevation-runner';
import {
  ELEVATE_INNER_SCRIPT,
  ELEVATE_OUTER_SCRIPT,
  elevationSpec,
  encodeArguments,
  inertJson,
  isElevationDenied,
  quoteWindowsArg,
  tailFile,
  windowsCommandLine,
  type InnerData,
} from '../../../src-main/host/elevation';
import { runProcess } from '../../../src-main/host/runner';
import type { CommandSpec, RunResult } from '../../../src-main/host/types';
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
const place = { root: 'C:\\Windows\\Temp', name: 'gws-0123abcd', reader: 'ZOË-PC\\Zoë Li', cancel: 'C:\\Users\\Zoë Li\\AppData\\Local\\Temp\\gws-elevate-x\\cancel' };

function innerOf(outer: CommandSpec): { args: string[]; data: InnerData } {
  const data = JSON.parse(outer.env!.GWS_DATA!) as { arguments: string };
  const args = parseWindowsArgs(data.arguments);
  const [json] = decodeEncodedArguments(args[args.indexOf('-EncodedArguments') + 1]!);
  return { args, data: JSON.parse(json!) as InnerData };
}

describe('the elevation plan', () => {
  it('outer: exactly a hidden PowerShell with the constant script encoded; data only as JSON in GWS_DATA', () => {
    const { outer } = elevationSpec(target, place);
    expect(outer.argv.slice(1, 8)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-OutputFormat', 'Text', '-EncodedCommand']);
    expect(outer.argv).toHaveLength(9);
    expect(outer.argv[0]).toMatch(/\\System32\\WindowsPowerShell\\v1\.0\\powershell\.exe$/);
    expect(decodePowerShell(outer.argv[8]!)).toBe(ELEVATE_OUTER_SCRIPT);
    const data = JSON.parse(outer.env!.GWS_DATA!) as { powershell: string; arguments: string; net: string };
    expect(Object.keys(data).sort()).toEqual(['arguments', 'net', 'powershell']);
    expect(data.powershell).toBe(outer.argv[0]);
    expect(data.net).toMatch(/\\System32\\net\.exe$/);
    // The outer is never what ends the action (the cancel file is): its own timeout is only a backstop.
    expect(outer.timeoutMs).toBeGreaterThanOrEqual(24 * 3600_000);
  });

  it('inner: exact arguments, the constant script, and the target argv as JSON data', () => {
    const { outer, inner } = elevationSpec(target, place);
    const { args, data } = innerOf(outer);
    expect(args.filter((_a, i) => i !== 7 && i !== 9)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-WindowStyle', 'Hidden', '-EncodedCommand', '-EncodedArguments']);
    expect(decodePowerShell(args[7]!)).toBe(ELEVATE_INNER_SCRIPT);
    expect(data).toEqual(inner);
    expect(data.file).toBe(target.argv[0]);
    expect(parseWindowsArgs(data.commandLine)).toEqual(target.argv.slice(1));
    expect(data).toMatchObject({ env: [{ name: 'WSL_UTF8', value: '1' }], ...place });
    expect(data.icacls).toMatch(/\\System32\\icacls\.exe$/);
    expect(data.taskkill).toMatch(/\\System32\\taskkill\.exe$/);
    // The elevated side's own deadline is a backstop behind ours.
    expect(data.timeoutMs).toBeGreaterThan(target.timeoutMs!);
  });

  it('the scripts never change with the data: only the JSON does', () => {
    const a = elevationSpec(target, place).outer;
    const b = elevationSpec({ ...target, argv: ['C:\\x.exe', '$(evil)'] }, place).outer;
    expect(a.argv).toEqual(b.argv);
    expect(a.env!.GWS_DATA).not.toBe(b.env!.GWS_DATA);
  });

  it('any data passes the CLIXML argument unchanged (inert JSON: no entity, no _xHHHH_ to decode wrongly)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', '_', 'x', '0', '&', '<', '>', '"', '\\', '中', 'é', '\n', '\u0000', ' ') }), { maxLength: 5 }), (values) => {
        const [json] = decodeEncodedArguments(encodeArguments([inertJson(values)]));
        expect(JSON.parse(json!)).toEqual(values);
      }),
      { numRuns: 500 },
    );
    expect(() => encodeArguments(['_x0041_'])).toThrow(ApiError);
  });

  it('refuses what cannot be carried safely: stdin, odd environment names, account names icacls would misread', () => {
    expect(() => elevationSpec({ ...target, stdin: 'x' }, place)).toThrow(/stdin/);
    expect(() => elevationSpec({ ...target, env: { 'A=B': '1' } }, place)).toThrow(ApiError);
    expect(() => elevationSpec(target, { ...place, reader: 'PC\\bob:(F)' })).toThrow(ApiError);
    expect(() => elevationSpec(target, { ...place, name: '..\\x' })).toThrow(ApiError);
  });

  it('recognises a refused UAC prompt by code, marker or words (en, zh-CN), and nothing else', () => {
    expect(isElevationDenied({ exitCode: 1223, stdout: '', stderr: '' })).toBe(true);
    expect(isElevationDenied({ exitCode: 1, stdout: 'GWS_ELEVATION_DENIED: x', stderr: '' })).toBe(true);
    expect(isElevationDenied({ exitCode: 1, stdout: '', stderr: 'The operation was canceled by the user.' })).toBe(true);
    // Start-Process's words on a zh-CN Windows, as posted (fixtures/start-process-runas-cancelled-zh-01.txt):
    // the outer prints the exception message after its marker.
    const posted = readFileSync(path.join(__dirname, 'fixtures', 'start-process-runas-cancelled-zh-01.txt'), 'utf8').split('\n---\n')[1]!;
    const message = /^Start-Process : (.*)$/m.exec(posted)![1]!;
    expect(isElevationDenied({ exitCode: 1, stdout: `GWS_ELEVATION_NOT_STARTED: ${message}`, stderr: '' })).toBe(true);
    // What the outer compares it with: the system text of 1223 (net helpmsg 1223 prints it) is inside the message.
    expect(message.includes('操作已被用户取消。')).toBe(true);
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

const STANDIN = path.join(__dirname, 'support', 'elevated-standin.mjs');

/**
 * The outer powershell.exe, on Linux: a real process (the stand-in) that does
 * what the two scripts do. It is run by the project's own runProcess, like the
 * real outer, and never killed by the runner.
 */
function standIn(extraEnv: Record<string, string> = {}, calls: { n: number } = { n: 0 }) {
  return (outer: CommandSpec, inner: InnerData): Promise<RunResult> => {
    calls.n++;
    const data = JSON.stringify({ ...inner, argv: parseWindowsArgs(inner.commandLine) });
    return runProcess({ id: outer.id, argv: [process.execPath, STANDIN, data], timeoutMs: 60_000 }, {}, { baseEnv: { ...process.env, ...extraEnv }, platform: 'linux' });
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

const nodeSpec = (script: string, extra: Partial<CommandSpec> = {}): CommandSpec => ({ id: 'wsl.install', argv: [process.execPath, '-e', script], elevated: true, ...extra });

/** A target that starts a grandchild writing a heartbeat, prints, then runs for `ms`. */
function longTarget(heartbeat: string, ms: number): string {
  const beat = `setInterval(() => require('node:fs').writeFileSync(${JSON.stringify(heartbeat)}, String(Date.now())), 30)`;
  return [
    "const { spawn } = require('node:child_process');",
    `spawn(process.execPath, ['-e', ${JSON.stringify(beat)}], { stdio: 'ignore' });`,
    "process.stdout.write('Installing: Windows Subsystem for Linux, please wait for this long step to finish\\n');",
    `setTimeout(() => process.exit(0), ${ms});`,
  ].join('');
}

async function heartbeatStopped(file: string): Promise<boolean> {
  const a = await fs.readFile(file, 'utf8').catch(() => '');
  await sleep(250);
  const b = await fs.readFile(file, 'utf8').catch(() => '');
  return a === b;
}

describe('the elevation runner against a stand-in elevated side (fake Windows)', () => {
  const opts = () => ({ tempDir: dir, elevatedRoot: dir, reader: 'PC\\zoe', join: path.join, pollMs: 20, uacAllowanceMs: 0 });

  it('streams the output live from the logs and takes the exit code from the process', async () => {
    const run = createElevationRunner({ ...opts(), runOuter: standIn() });
    const script = [
      "const w = (s) => process.stdout.write(s);",
      // Over 64 bytes: the decoder sniffs UTF-8 vs UTF-16LE from the first 64.
      "w('Installing: Windows Subsystem for Linux (this may take a few minutes)\\n');",
      "setTimeout(() => w('[=====   50.0%       ]\\n'), 150);",
      "setTimeout(() => { process.stderr.write(process.argv[1] + '|' + process.env.WSL_UTF8 + '\\n'); process.exit(42); }, 500);",
    ].join('');
    const live: { at: number; text: string }[] = [];
    const started = Date.now();
    const r = await run({ ...nodeSpec(script), argv: [process.execPath, '-e', script, 'arg with "quote"'], env: { WSL_UTF8: '1' } }, {
      onOutput: (_s, text) => live.push({ at: Date.now() - started, text }),
    });
    expect(r.stdout).toBe('Installing: Windows Subsystem for Linux (this may take a few minutes)\n[=====   50.0%       ]\n');
    expect(r.stderr).toBe('arg with "quote"|1\n');
    expect(r.exitCode).toBe(42);
    expect(r).toMatchObject({ cancelled: false, timedOut: false });
    expect(live[0]!.at).toBeLessThan(Date.now() - started - 200);
  });

  it('a forged exit-code file (in the logs folder or ours) changes nothing: the exit code is the process’s', async () => {
    const run = createElevationRunner({ ...opts(), runOuter: standIn() });
    // The target is a same-user process in this test: it plants "0" everywhere it can and fails.
    const script = [
      "const fs = require('node:fs'), p = require('node:path');",
      `for (const d of fs.readdirSync(${JSON.stringify(dir)})) { try { fs.writeFileSync(p.join(${JSON.stringify(dir)}, d, 'exit-code.txt'), '0'); } catch {} }`,
      "process.stdout.write('Error: 0x80070005 Access is denied.\\n'); process.exit(7);",
    ].join('');
    const r = await run(nodeSpec(script), {});
    expect(r.exitCode).toBe(7);
  });

  it('cancel: the cancel file is written, the elevated side ends its own tree, and only then is it "cancelled"', async () => {
    const ended = path.join(dir, 'ended');
    const heartbeat = path.join(dir, 'heartbeat');
    const run = createElevationRunner({ ...opts(), runOuter: standIn({ STANDIN_ENDED: ended }) });
    const ac = new AbortController();
    const r = await run(nodeSpec(longTarget(heartbeat, 20_000)), { signal: ac.signal, onOutput: () => ac.abort() });
    expect(r.cancelled).toBe(true);
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(995 & 0xff); // ERROR_OPERATION_ABORTED, cut to a byte by Linux
    // The elevated side had ended when the runner returned, and the grandchild is gone too.
    expect(await fs.readFile(ended, 'utf8')).toMatch(/^\d+\n$/);
    expect(await heartbeatStopped(heartbeat)).toBe(true);
  });

  it('timeout: same path as cancel; reported as timed out once the elevated side has ended', async () => {
    const ended = path.join(dir, 'ended');
    const heartbeat = path.join(dir, 'heartbeat');
    const run = createElevationRunner({ ...opts(), runOuter: standIn({ STANDIN_ENDED: ended }) });
    const r = await run(nodeSpec(longTarget(heartbeat, 20_000), { timeoutMs: 600 }), {});
    expect(r).toMatchObject({ timedOut: true, cancelled: false, exitCode: 995 & 0xff }) // ERROR_OPERATION_ABORTED, cut to a byte by Linux;
    expect(await fs.readFile(ended, 'utf8')).toMatch(/^\d+\n$/);
    expect(await heartbeatStopped(heartbeat)).toBe(true);
  });

  it('a fallback right after a timeout starts only once the first elevated command has ended', async () => {
    const ended = path.join(dir, 'ended');
    const marker = path.join(dir, 'second-started');
    const run = createElevationRunner({ ...opts(), runOuter: standIn({ STANDIN_ENDED: ended }) });
    const first = await run(nodeSpec(longTarget(path.join(dir, 'heartbeat'), 20_000), { timeoutMs: 400 }), {});
    expect(first.timedOut).toBe(true);
    const second = await run(nodeSpec(`require('node:fs').writeFileSync(${JSON.stringify(marker)}, String(Date.now()))`), {});
    expect(second.exitCode).toBe(0);
    const firstEnded = Number((await fs.readFile(ended, 'utf8')).split('\n')[0]);
    const secondStarted = Number(await fs.readFile(marker, 'utf8'));
    expect(secondStarted).toBeGreaterThanOrEqual(firstEnded);
  });

  it('an elevated side that does not stop: no "cancelled", and no second elevation until it really ended', async () => {
    const ended = path.join(dir, 'ended');
    const calls = { n: 0 };
    const run = createElevationRunner({ ...opts(), graceMs: 300, runOuter: standIn({ STANDIN_MODE: 'deaf', STANDIN_ENDED: ended }, calls) });
    // The elevated side outlives the 200 ms limit by seconds, so that a loaded machine (a soak run at nice 19 under
    // load 14 once failed with 2.5 s) still sees it running when the second call and the stat below come.
    const err = await run(nodeSpec('setTimeout(() => process.exit(0), 6000)', { timeoutMs: 200 }), {}).catch((e: unknown) => e);
    expect(isStillRunning(err)).toBe(true);
    // The fallback's next elevated action is refused while the first runs: nothing else was started.
    const second = await run(nodeSpec('process.exit(0)'), {}).catch((e: unknown) => e);
    expect(isStillRunning(second)).toBe(true);
    expect(calls.n).toBe(1);
    await expect(fs.stat(ended)).rejects.toThrow();
    // Once the first has ended by itself, elevation works again.
    for (let i = 0; i < 150 && !(await fs.stat(ended).then(() => true, () => false)); i++) await sleep(100);
    await sleep(50);
    const third = await run(nodeSpec('process.exit(0)'), {});
    expect(third.exitCode).toBe(0);
    expect(calls.n).toBe(2);
  });

  it('a stop asked for before the prompt was answered: the elevated side runs nothing', async () => {
    const marker = path.join(dir, 'ran');
    const ac = new AbortController();
    ac.abort();
    const run = createElevationRunner({ ...opts(), runOuter: standIn() });
    const r = await run(nodeSpec(`require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')`), { signal: ac.signal });
    expect(r).toMatchObject({ cancelled: true, exitCode: 995 & 0xff }) // ERROR_OPERATION_ABORTED, cut to a byte by Linux;
    await expect(fs.stat(marker)).rejects.toThrow();
  });

  it('a refused UAC prompt is ELEVATION_DENIED, and our folder is removed', async () => {
    const run = createElevationRunner({ ...opts(), runOuter: async (outer) => result(outer.id, 1223, 'GWS_ELEVATION_DENIED: The operation was canceled by the user.\r\n', '') });
    const err = await run(target, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('ELEVATION_DENIED');
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('when the elevated side never started, the outer explanation is the result', async () => {
    const run = createElevationRunner({
      ...opts(),
      runOuter: async (outer) => result(outer.id, 1, 'GWS_ELEVATION_NOT_STARTED: This command cannot be run due to the error: The system cannot find the file specified.\r\n', ''),
    });
    const r = await run(target, {});
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('The system cannot find the file specified.');
  });

  it('no exit code from Windows is never a success', async () => {
    const run = createElevationRunner({ ...opts(), runOuter: async (outer) => result(outer.id, 1, 'GWS_ELEVATION_NO_EXIT_CODE\r\n', '') });
    const r = await run(target, {});
    expect(r.exitCode).toBeNull();
  });
});
