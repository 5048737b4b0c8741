/**
 * A line that is not text: random bytes, a binary file pasted by mistake, or
 * a decode in the wrong encoding. Console output in any display language is
 * made of letters, digits, punctuation and spaces of its scripts; noise is
 * full of U+FFFD, C1 controls, private-use and unassigned-looking code
 * points, and has almost no runs of letters. Such lines are dropped before
 * any rule reads them, so noise can never look like an error code.
 */
function plausible(c: number): boolean {
  if (c >= 0x20 && c < 0x7f) return true;
  if (c === 0x09) return true;
  if (c >= 0xa0 && c < 0x0530) return true; // Latin-1, Latin Extended, Greek, Cyrillic
  if (c >= 0x2000 && c < 0x2070) return true; // general punctuation
  if (c >= 0x2500 && c < 0x2600) return true; // box drawing (tables, progress bars)
  if (c >= 0x3000 && c < 0xa000) return true; // CJK punctuation, kana, ideographs
  if (c >= 0xac00 && c < 0xd7a4) return true; // Hangul
  if (c >= 0xff00 && c < 0xffef) return true; // full-width forms
  return false;
}

export function isNoise(line: string): boolean {
  if (line.length < 8) return false;
  let bad = 0;
  let n = 0;
  for (const ch of line) {
    n++;
    if (!plausible(ch.codePointAt(0) ?? 0)) bad++;
  }
  if (bad / n > 0.1) return true;
  // Plausible characters but no words: at least a fifth of a real line is letters in runs of two or more.
  const letters = line.match(/\p{L}{2,}/gu)?.join('').length ?? 0;
  return letters / n < 0.2 && !/\b0x[0-9a-f]{8}\b|\d+(?:\.\d+){2,}/i.test(line);
}
