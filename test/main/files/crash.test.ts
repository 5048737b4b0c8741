import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../src-main/files/backup-store';
import { cleanupStaleTemps } from '../../../src-main/files/atomic-write';
import { recoverEdits, undoEdit } from '../../../src-main/files/edit';
import { localFile } from '../../../src-main/files/target-io';

/**
 * Crash tests: a real child process does the write and is killed with SIGKILL
 * at a random moment. Afterwards the file must be exactly the old or exactly
 * the new version; with the journal, recovery must agree with the file, and
 * undo must bring back the old bytes. (SIGKILL cannot simulate a power cut:
 * the page cache survives. The fsyncs are what covers that case.)
 */
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 150);
const work = mkdtempSync(path.join(os.tmpdir(), 'gws-crash-'));
const childJs = path.join(work, 'crash-child.cjs');
const OLD = new Uint8Array(randomBytes(512 * 1024));
const NEW = new Uint8Array(randomBytes(768 * 1024));
const newFile = path.join(work, 'new.bin');
const tally: Record<string, number> = {};
const bump = (k: string) => (tally[k] = (tally[k] ?? 0) + 1);

beforeAll(async () => {
  await build({ entryPoints: [path.join(__dirname, 'crash-child.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: childJs, logLevel: 'silent' });
  writeFileSync(newFile, NEW);
});
afterAll(() => {
  console.log(`[crash tests] iterations per mode=${ITERATIONS} ${JSON.stringify(tally)}`);
  rmSync(work, { recursive: true, force: true });
});

/** Run the child; kill it delayMs after it says "ready" (null: let it finish). Resolves whether it finished on its own. */
function runChild(args: string[], delayMs: number | null, env: Record<string, string> = {}): Promise<{ finished: boolean; durationMs: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (delayMs !== null && out.startsWith('ready\n') && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      if (code !== null && code !== 0) return reject(new Error(`child failed: ${err}`));
      const m = /done (\d+)/.exec(out);
      resolve({ finished: signal === null, durationMs: m ? Number(m[1]) : null });
    });
  });
}

function same(a: Uint8Array, b: Uint8Array) {
  return a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

/** The median time the operation takes when left alone: kills are spread uniformly over it. */
async function calibrate(mode: string, extra: (dir: string) => string[], env: Record<string, string> = {}): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const dir = mkdtempSync(path.join(work, 'cal-'));
    const target = path.join(dir, 'wsl.conf');
    writeFileSync(target, OLD);
    const r = await runChild([mode, target, newFile, ...extra(dir)], null, env);
    times.push(r.durationMs ?? 1);
  }
  times.sort((a, b) => a - b);
  return Math.max(1, times[2] as number);
}

describe('crash safety under SIGKILL', () => {
  it(`atomic write: the file is always the old or the new version (${ITERATIONS} kills)`, async () => {
    const span = await calibrate('atomic', () => []);
    bump(`atomic.calibrated-ms:${Math.round(span)}`);
    for (let i = 0; i < ITERATIONS; i++) {
      const dir = mkdtempSync(path.join(work, 'a-'));
      const target = path.join(dir, 'wsl.conf');
      writeFileSync(target, OLD);
      const r = await runChild(['atomic', target, newFile], Math.random() * span);
      const now = new Uint8Array(readFileSync(target));
      const isOld = same(now, OLD);
      const isNew = same(now, NEW);
      expect(isOld || isNew).toBe(true);
      bump(r.finished ? 'atomic.finished-before-kill' : 'atomic.killed');
      bump(isOld ? 'atomic.result-old' : 'atomic.result-new');
      const leftovers = readdirSync(dir).filter((n) => n !== 'wsl.conf');
      if (leftovers.length > 0) bump('atomic.temp-left-by-kill');
      await cleanupStaleTemps(target);
      expect(readdirSync(dir)).toEqual(['wsl.conf']);
    }
    expect((tally['atomic.killed'] ?? 0) > 0).toBe(true);
  }, 300_000);

  it(`backup + journal + write (+ undo): recovery agrees with the file and undo restores the old bytes (${ITERATIONS} kills)`, async () => {
    const span = await calibrate('edit', (dir) => [path.join(dir, 'store')], { UNDO: '1' });
    bump(`edit.calibrated-ms:${Math.round(span)}`);
    for (let i = 0; i < ITERATIONS; i++) {
      const dir = mkdtempSync(path.join(work, 'e-'));
      const target = path.join(dir, 'wsl.conf');
      const storeDir = path.join(dir, 'store');
      writeFileSync(target, OLD);
      const undo = i % 2 === 1;
      const r = await runChild(['edit', target, newFile, storeDir], Math.random() * span, { UNDO: undo ? '1' : '0' });
      bump(r.finished ? 'edit.finished-before-kill' : 'edit.killed');
      const now = new Uint8Array(readFileSync(target));
      const isOld = same(now, OLD);
      expect(isOld || same(now, NEW)).toBe(true);

      const store = new BackupStore(storeDir);
      const io = localFile(target);
      const outcomes = await recoverEdits(store, () => io);
      for (const o of outcomes) bump(`edit.recovered:${o.from}->${o.to}`);
      expect(outcomes.every((o) => o.to !== 'unresolved')).toBe(true);
      const entries = await store.list();
      const applied = entries.filter((e) => e.state === 'applied');
      if (isOld) {
        bump('edit.result-old');
        expect(applied).toHaveLength(0);
      } else {
        bump('edit.result-new');
        expect(applied).toHaveLength(1);
        await undoEdit(store, io, (applied[0] as { id: string }).id);
        expect(same(new Uint8Array(readFileSync(target)), OLD)).toBe(true);
      }
      expect(entries.every((e) => e.state !== 'prepared' && e.state !== 'undoing')).toBe(true);
    }
    expect((tally['edit.killed'] ?? 0) > 0).toBe(true);
  }, 300_000);
});
