/**
 * A line that is not text: random bytes, a binary file pasted by mistake, or
 * a decode in the wrong encoding. Console output in any display language is
 * made of letters, digits, punctuation and spaces of its scripts; noise is
 * full of U+FFFD, C1 controls, private-use and unassigned-looking code
 * points. Such lines are dropped before
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
  // Only the characters decide: "    \"ubr\": 4317," or a bare progress bar has few letters and is still text.
  return bad / n > 0.1;
}
