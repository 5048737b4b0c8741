/**
 * Pathological but real kinds of input, built to a size: an issue form that
 * collapsed every newline (one long line of words), one error code repeated
 * on one line, a progress bar that never ends its line, many ordinary lines,
 * and binary noise (a deterministic generator, so a failure can be replayed).
 */
export type BigKind = 'one-line' | 'repeated-code' | 'progress' | 'many-lines' | 'binary';
export const BIG_KINDS: readonly BigKind[] = ['one-line', 'repeated-code', 'progress', 'many-lines', 'binary'];

const WORDS = 'Installing, this may take a few minutes... WslRegisterDistribution failed with error 0x80370102 please enable the Virtual Machine Platform ';

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** xorshift32: the same noise on every run. */
export function noise(size: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

export function bigInput(kind: BigKind, size: number): string | Uint8Array {
  switch (kind) {
    case 'one-line':
      return repeatTo(WORDS, size);
    case 'repeated-code':
      return repeatTo('0x80370102 ', size);
    case 'progress':
      return repeatTo('\r[==========================70.0%=========                 ] ', size);
    case 'many-lines':
      return repeatTo('go: downloading golang.org/x/sys v0.1.0\nerror: 0x80370102\n', size);
    case 'binary':
      return noise(size);
  }
}
