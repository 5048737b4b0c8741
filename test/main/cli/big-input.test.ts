import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIG_KINDS, bigInput } from '../../shared/diagnose/big-inputs';

/**
 * `go-wsl-doctor explain` as a whole process on 1 MB of each pathological
 * kind (issue #14: a 1 MB one-line paste did not finish in 120 s). A smoke
 * bound of 3 s per run, generous for a shared machine; the linear growth
 * itself is checked without a clock in test/shared/diagnose/linear-time.
 * Figures are printed.
 */
const ROOT = path.resolve(__dirname, '../../..');
let dir = '';
let bin = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'doctor-big-'));
  bin = path.join(dir, 'doctor.cjs');
  await build({ entryPoints: [path.join(ROOT, 'src-main/cli/doctor.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: bin, logLevel: 'error' });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('go-wsl-doctor explain on 1 MB inputs', () => {
  for (const kind of BIG_KINDS) {
    it(`${kind}: finishes within 3 s, exit 0, no confident finding from noise`, () => {
      const file = path.join(dir, `${kind}.txt`);
      writeFileSync(file, bigInput(kind, 1_000_000));
      const t = performance.now();
      const r = spawnSync(process.execPath, [bin, 'explain', '--json', file], { encoding: 'utf8', timeout: 30_000 });
      const ms = performance.now() - t;
      const out = JSON.parse(r.stdout) as { findings: { id: string; confidence: number }[] };
      console.log(`DOCTOR 1 MB ${kind}: ${ms.toFixed(0)} ms, exit ${r.status}, top ${out.findings[0]?.id ?? 'none'} ${out.findings[0]?.confidence ?? ''}`);
      expect(r.status).toBe(0);
      expect(ms).toBeLessThan(3_000);
      if (kind === 'binary') expect(out.findings[0]?.confidence ?? 0).toBeLessThan(0.5);
    }, 40_000);
  }
});
