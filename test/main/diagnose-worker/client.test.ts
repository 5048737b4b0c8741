import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnoseWorker } from '../../../src-main/diagnose-worker/client';
import { bigInput } from '../../shared/diagnose/big-inputs';

/**
 * The worker bundled the way scripts/build.mjs bundles it, then driven like
 * main drives it: answers, keeps main's event loop free during a 1 MB
 * diagnosis, and gives up on a stuck worker after its time limit (a fresh
 * worker serves the next call).
 */
const ROOT = path.resolve(__dirname, '../../..');
let dir = '';
let workerFile = '';
let stuckFile = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'diag-worker-'));
  workerFile = path.join(dir, 'diagnose-worker.cjs');
  await build({ entryPoints: [path.join(ROOT, 'src-main/diagnose-worker/entry.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: workerFile, logLevel: 'error' });
  stuckFile = path.join(dir, 'stuck.cjs');
  // A worker that never answers: stands for a diagnosis that does not finish.
  writeFileSync(stuckFile, "require('node:worker_threads').parentPort.on('message', () => { for (;;) {} });\n");
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DiagnoseWorker', () => {
  it('diagnoses in the worker, not inline', async () => {
    const w = new DiagnoseWorker(workerFile, 10_000);
    const r = await w.diagnose({ text: 'WslRegisterDistribution failed with error: 0x80370102\n' });
    w.stop();
    expect(r.inline).toBe(false);
    expect(r.timedOut).toBe(false);
    expect(r.findings[0]?.id).toBe('VIRTUALIZATION_DISABLED');
  });

  it("main's event loop keeps turning while a 1 MB one-line paste is diagnosed", async () => {
    const w = new DiagnoseWorker(workerFile, 20_000);
    await w.diagnose({ text: 'warm up' });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const r = await w.diagnose({ text: bigInput('one-line', 1_000_000) as string });
    clearInterval(timer);
    w.stop();
    console.log(`WORKER 1 MB one-line: main ticked ${ticks} times meanwhile`);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(ticks).toBeGreaterThan(0);
  }, 30_000);

  it('a stuck worker is dropped after the time limit and the next call gets a fresh one', async () => {
    const stuck = new DiagnoseWorker(stuckFile, 300);
    const t = Date.now();
    const r = await stuck.diagnose({ text: 'anything' });
    expect(r.timedOut).toBe(true);
    expect(r.findings).toEqual([]);
    expect(Date.now() - t).toBeLessThan(5_000);
    stuck.stop();
  }, 10_000);

  it('a worker file that cannot run falls back to diagnosing inline', async () => {
    const broken = path.join(dir, 'broken.cjs');
    writeFileSync(broken, "throw new Error('cannot start');\n");
    const w = new DiagnoseWorker(broken, 5_000);
    const r = await w.diagnose({ text: 'sudo: go: command not found\n' });
    w.stop();
    expect(r.inline).toBe(true);
    expect(r.findings[0]?.id).toBe('SUDO_SECURE_PATH');
  }, 10_000);

  it('without a bundled worker file it diagnoses inline and says so', async () => {
    const r = await new DiagnoseWorker(null).diagnose({ text: 'sudo: go: command not found\n' });
    expect(r.inline).toBe(true);
    expect(r.findings[0]?.id).toBe('SUDO_SECURE_PATH');
  });
});
