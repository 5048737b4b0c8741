/**
 * Diagnosis throughput: `diagnose()` over a mix of real and pathological
 * inputs, 1 MB each (a one-line paste whose newlines an issue form
 * collapsed, one error code repeated on one line, a progress bar that never
 * ends its line, many ordinary lines, binary noise) plus every real fixture
 * as posted. The same mix is first decoded and split into lines only
 * (baseline, same run, printed on stderr) so a slow machine shows as a low
 * baseline, not as a diagnoser regression.
 *
 * Prints: BENCH diagnose-throughput <MB/s> goal >= 5 MB/s PASS|FAIL
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { diagnose } from '../src-shared/diagnose/index';
import { decodeInput } from '../src-shared/parse/input';
import { BIG_KINDS, bigInput } from '../test/shared/diagnose/big-inputs';

const MB = 1_000_000;
const GOAL = 5;

function realFixtures(dir: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...realFixtures(p));
    else if (name.endsWith('.txt') && name !== 'README.md') out.push(new Uint8Array(readFileSync(p)));
  }
  return out;
}

const bytesOf = (x: string | Uint8Array): number => (typeof x === 'string' ? Buffer.byteLength(x) : x.length);

const mix: (string | Uint8Array)[] = [...BIG_KINDS.map((k) => bigInput(k, MB)), ...realFixtures(path.join(process.cwd(), 'test/fixtures/real'))];
const total = mix.reduce((n, x) => n + bytesOf(x), 0);

// Warm-up on a small slice so the JIT is not what we measure.
for (const k of BIG_KINDS) diagnose(bigInput(k, 20_000));

let t = performance.now();
for (const x of mix) decodeInput(x).split('\n');
const baselineMs = performance.now() - t;

t = performance.now();
let findings = 0;
for (const x of mix) findings += diagnose(x).length;
const ms = performance.now() - t;

const mbps = total / MB / (ms / 1000);
process.stderr.write(`[diagnose-throughput] ${(total / MB).toFixed(2)} MB in ${ms.toFixed(0)} ms (${findings} findings); decode+split baseline ${(total / MB / (baselineMs / 1000)).toFixed(0)} MB/s\n`);
console.log(`BENCH diagnose-throughput ${mbps.toFixed(2)} goal >= ${GOAL} MB/s ${mbps >= GOAL ? 'PASS' : 'FAIL'}`);
