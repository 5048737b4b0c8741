import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src-shared/diagnose/index';
import { MAX_LINE } from '../../../src-shared/parse/long-lines';
import { normalize } from '../../../src-shared/parse/normalize';
import { BIG_KINDS, bigInput } from './big-inputs';

/**
 * The diagnoser must be linear in its input: a quadratic pattern turned a
 * 117 KB one-line paste into 23 s. Checked without a wall-clock goal: the
 * time for 2N is compared with the time for N (best of three each, so a busy
 * machine only adds noise, never a false pass). Linear work gives ~2x,
 * quadratic ~4x; we fail above 3x. The absolute figures are printed.
 */
function best(kind: (typeof BIG_KINDS)[number], size: number): number {
  const input = bigInput(kind, size);
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    diagnose(input);
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

describe('diagnosis time grows linearly with the input', () => {
  for (const kind of BIG_KINDS) {
    it(`${kind}: doubling the input at most ~doubles the time`, () => {
      diagnose(bigInput(kind, 20_000)); // warm the JIT so the first size is not penalised
      const n = 200_000;
      const t1 = best(kind, n);
      const t2 = best(kind, 2 * n);
      console.log(`LINEAR ${kind}: ${(n / 1000).toFixed(0)} KB ${t1.toFixed(0)} ms, ${((2 * n) / 1000).toFixed(0)} KB ${t2.toFixed(0)} ms, ratio ${(t2 / t1).toFixed(2)}`);
      // Below ~20 ms the ratio is timer noise; that is fast enough for any size we accept.
      if (t2 > 20) expect(t2 / t1).toBeLessThan(3);
    }, 60_000);
  }

  it('no line reaches a pattern longer than MAX_LINE, and codes survive the cut', () => {
    const n = normalize(bigInput('repeated-code', 100_000));
    expect(n.lines.length).toBeGreaterThan(50);
    for (const l of n.lines) {
      expect(l.text.length).toBeLessThanOrEqual(MAX_LINE);
      for (const w of l.text.split(' ')) expect(w).toBe('0x80370102');
    }
  });

  it('a CR-only progress line becomes one line per state, and the percentages are kept', () => {
    const n = normalize(bigInput('progress', 6_400));
    expect(n.progress.length).toBeGreaterThan(50);
    expect(n.progress.every((p) => p === 70)).toBe(true);
  });
});
