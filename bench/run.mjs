#!/usr/bin/env node
// `npm run bench`: bundles each bench/*.bench.ts and runs it in its own Node
// process, one after another (benchmarks must not compete for the 2 cores).
// Each prints `BENCH <name> <value> goal <goal> PASS|FAIL`; this passes those
// lines through and exits non-zero if any failed or crashed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filter = process.argv[2] ?? '';
const files = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

let failed = 0;
for (const f of files) {
  const outfile = path.join(root, 'out', 'bench', f.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join(root, 'bench', f)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'node-pty', 'playwright-core', 'esbuild', 'vite', 'bufferutil', 'utf-8-validate'],
    logLevel: 'warning',
    absWorkingDir: root,
  });
  const r = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000 });
  const lines = (r.stdout ?? '').split('\n').filter((l) => l.startsWith('BENCH '));
  for (const l of lines) console.log(l);
  if (r.status !== 0 || lines.length === 0) {
    console.log(`BENCH ${f.replace(/\.bench\.ts$/, '')} error goal run FAIL`);
    failed++;
  } else if (lines.some((l) => l.trimEnd().endsWith(' FAIL'))) failed++;
}
process.exit(failed > 0 ? 1 : 0);
