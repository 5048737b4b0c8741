import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src-shared/diagnose/index';
import { encode, loadDir, REAL_DIR, type EncodingName, type Fixture } from '../parse/fixtures';

/**
 * Generalisation check (issue #14). The fixtures collected for that issue say
 * `batch=diag2` in their facts. A fixed third of them, chosen by a hash of the
 * file name BEFORE any rule was written for them, was kept out of rule
 * writing: the held-out set. Its accuracy is printed beside the figure on all
 * fixtures, as posted and re-encoded as UTF-16LE; a held-out figure below the
 * seen one is overfitting and is reported as such, not tuned away by moving
 * files between the sets (the split function below is the only thing that
 * decides, and it must not change).
 *
 * A second, fresh batch (`batch=diag3`) was collected after the rules were
 * written and is held out whole: no rule was written or changed after its
 * figure was first printed (one exception, said in its commit: the
 * repository-not-found rule came after). A last handful (`batch=diag4`)
 * joined it at the end, equally unseen.
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function isHeldOut(file: string): boolean {
  const base = file.split('/').pop() ?? file;
  return fnv1a(base) % 3 === 0;
}

const GOAL_TOP1 = 0.9;
const GOAL_HEALTHY = 0.95;

function top1(f: Fixture, enc: EncodingName): string {
  return diagnose(encode(f.body, enc))[0]?.id ?? 'OK';
}

function rate(set: readonly Fixture[], enc: EncodingName): { ok: number; misses: string[] } {
  const misses: string[] = [];
  for (const f of set) {
    const got = top1(f, enc);
    if (got !== f.expect) misses.push(`${f.file} (expect ${f.expect}, got ${got})`);
  }
  return { ok: set.length === 0 ? 1 : (set.length - misses.length) / set.length, misses };
}

describe('held-out fixtures (issue #14 batch)', () => {
  const all = loadDir(REAL_DIR);
  const batch = all.filter((f) => /\bbatch=diag2\b/.test(f.facts));
  const fresh = all.filter((f) => /\bbatch=diag[34]\b/.test(f.facts));
  const held = [...batch.filter((f) => isHeldOut(f.file)), ...fresh];
  const seen = batch.filter((f) => !isHeldOut(f.file));

  it('the batch is there and the split gives a non-trivial held-out set', () => {
    expect(batch.length).toBeGreaterThanOrEqual(30);
    const heldOfBatch = batch.filter((f) => isHeldOut(f.file)).length;
    expect(heldOfBatch).toBeGreaterThanOrEqual(Math.floor(batch.length / 5));
    expect(seen.length).toBeGreaterThan(heldOfBatch);
    expect(fresh.length).toBeGreaterThanOrEqual(10);
  });

  for (const enc of ['as-posted', 'utf16le'] as const) {
    it(`held-out top-1 >= 90 % and healthy outputs quiet (${enc})`, () => {
      const h = rate(held, enc);
      const fr = rate(fresh, enc);
      const s = rate(seen, enc);
      const a = rate(all, enc);
      const healthy = all.filter((f) => f.expect === 'OK');
      const quiet = healthy.filter((f) => top1(f, enc) === 'OK').length / healthy.length;
      console.log(
        `HELD-OUT ${enc}: held-out ${(h.ok * 100).toFixed(1)}% of ${held.length} (fresh batch alone ${(fr.ok * 100).toFixed(1)}% of ${fresh.length}); seen ${(s.ok * 100).toFixed(1)}% of ${seen.length}; all fixtures ${(a.ok * 100).toFixed(1)}% of ${all.length}; healthy quiet ${(quiet * 100).toFixed(1)}% of ${healthy.length}` +
          (h.ok < s.ok ? ' -- held-out below seen: overfitting' : ''),
      );
      if (h.misses.length > 0) console.log(`HELD-OUT misses ${enc}: ${h.misses.join('; ')}`);
      expect(h.ok).toBeGreaterThanOrEqual(GOAL_TOP1);
      expect(quiet).toBeGreaterThanOrEqual(GOAL_HEALTHY);
    });
  }

  it('the split is a pure function of the file name', () => {
    expect(isHeldOut('win/x.txt')).toBe(isHeldOut('linux/x.txt'));
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
});
