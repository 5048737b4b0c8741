import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Boundary } from '../../../src-shared/util/utf8';

const enc = (s: string) => new TextEncoder().encode(s);
const fatal = new TextDecoder('utf-8', { fatal: true });

describe('utf8Boundary', () => {
  it('moves a cut inside 2-, 3- and 4-byte characters back to the character start', () => {
    const bytes = enc('aé中😀'); // 1 + 2 + 3 + 4 bytes
    expect([...Array(bytes.length + 1).keys()].map((end) => utf8Boundary(bytes, end))).toEqual([0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10]);
  });

  it('cuts anywhere a prefix decodes whole, never more than 3 bytes back (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(400), (s, at) => {
        const bytes = enc(s);
        const end = at % (bytes.length + 1);
        const cut = utf8Boundary(bytes, end);
        expect(cut).toBeLessThanOrEqual(end);
        expect(end - cut).toBeLessThanOrEqual(3);
        expect(() => fatal.decode(bytes.subarray(0, cut))).not.toThrow();
        expect(() => fatal.decode(bytes.subarray(cut))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves malformed input where asked instead of scanning further back', () => {
    const stray = new Uint8Array([0x61, 0x80, 0x80, 0x80, 0x80]);
    expect(utf8Boundary(stray)).toBe(5);
  });
});
