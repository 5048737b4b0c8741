import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../../src-main/host/runner';
import { expectSuccess, RunError } from '../../../src-main/host/run-error';
import type { CommandSpec } from '../../../src-main/host/types';

const base = { baseEnv: process.env };
const node = process.execPath;
const spec = (argv: string[], extra: Partial<CommandSpec> = {}): CommandSpec => ({ id: 'test', argv, ...extra });

/** Running, as opposed to gone or a zombie waiting for a reaper (containers often have none). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

describe('runProcess', () => {
  it('passes argv literally, never through a shell', async () => {
    const hostile = 'a; echo pwned $(id) `id` | cat > /tmp/x';
    const r = await runProcess(spec([node, '-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', hostile]), {}, base);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([hostile]);
  });

  it('closes stdin by default, so a program waiting for a key does not hang', async () => {
    const r = await runProcess(spec(['/bin/cat'], { timeoutMs: 5000 }), {}, base);
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(0);
  });

  it('writes the given stdin and then closes it', async () => {
    const r = await runProcess(spec(['/bin/cat'], { stdin: 'password\n', timeoutMs: 5000 }), {}, base);
    expect(r.stdout).toBe('password\n');
  });

  it('decodes UTF-16LE output (as wsl.exe writes it) by sniffing, per stream', async () => {
    const script = `process.stdout.write(Buffer.from('Default Version: 2\\r\\n默认版本：2\\r\\n', 'utf16le')); process.stderr.write('plain utf8 ✓')`;
    const r = await runProcess(spec([node, '-e', script]), {}, base);
    expect(r.encoding.stdout).toBe('utf16le');
    expect(r.encoding.stderr).toBe('utf8');
    expect(r.stdout).toBe('Default Version: 2\r\n默认版本：2\r\n');
    expect(r.stderr).toBe('plain utf8 ✓');
  });

  it('never splits a multi-byte character across output chunks', async () => {
    // Write the UTF-8 bytes of CJK text one byte at a time, with pauses, so chunks split characters.
    const script = `const b = Buffer.from('中文输出 é 😀 end'); let i = 0; const t = setInterval(() => { process.stdout.write(b.subarray(i, i + 1)); if (++i >= b.length) clearInterval(t); }, 2);`;
    const parts: string[] = [];
    const r = await runProcess(spec([node, '-e', script], { decode: 'utf8' }), { onOutput: (_s, t) => parts.push(t) }, base);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.join('')).toBe('中文输出 é 😀 end');
    expect(parts.every((p) => !p.includes('\uFFFD'))).toBe(true);
    expect(r.stdout).toBe('中文输出 é 😀 end');
  });

  it('times out and kills the whole process tree', async () => {
    const pidFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gws-')), 'pid');
    const r = await runProcess(spec(['/bin/bash', '-c', `sleep 30 & echo $! > ${pidFile}; wait`], { timeoutMs: 400 }), {}, base);
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBeNull();
    const grandchild = Number(fs.readFileSync(pidFile, 'utf8'));
    await new Promise((res) => setTimeout(res, 100));
    expect(alive(grandchild)).toBe(false);
  });

  it('cancels on abort and kills the tree', async () => {
    const ac = new AbortController();
    const pidFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gws-')), 'pid');
    const p = runProcess(spec(['/bin/bash', '-c', `sleep 30 & echo $! > ${pidFile}; wait`]), { signal: ac.signal }, base);
    await new Promise((res) => setTimeout(res, 300));
    ac.abort();
    const r = await p;
    expect(r.cancelled).toBe(true);
    await new Promise((res) => setTimeout(res, 100));
    expect(alive(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(false);
  });

  it('reports a command that cannot start as a failed run, not a crash', async () => {
    const r = await runProcess(spec(['/nonexistent/wsl.exe', '--status']), {}, base);
    expect(r.exitCode).toBeNull();
    expect(r.stderr).toMatch(/ENOENT/);
  });

  it('gives structured errors: command, exit code, output, timed out, cancelled', async () => {
    const r = await runProcess(spec([node, '-e', 'console.log("out"); console.error("bad thing"); process.exit(3)'], { id: 'probe.x' }), {}, base);
    let err: unknown;
    try {
      expectSuccess(r);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RunError);
    const e = err as RunError;
    expect(e.exitCode).toBe(3);
    expect(e.message).toMatch(/probe\.x: .* exited with code 3/);
    expect(e.toDetails()).toMatchObject({ id: 'probe.x', exitCode: 3, stdout: 'out\n', stderr: 'bad thing\n', timedOut: false, cancelled: false });
  });

  it('merges the spec environment over the host environment', async () => {
    const r = await runProcess(spec([node, '-e', 'process.stdout.write(process.env.WSL_UTF8 + ":" + (process.env.PATH ? "path" : ""))'], { env: { WSL_UTF8: '1' } }), {}, base);
    expect(r.stdout).toBe('1:path');
  });
});
