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
  if (bad / n > 0.1) return true;
  return looksLikeSingleByteNoise(line, n);
}

/**
 * Random bytes read through a single-byte code page (CP437, CP1252: every
 * byte is some printable character) pass the test above. What still gives
 * them away over a long line: almost no spaces (one byte value in 256) and a
 * dense sprinkle of symbols (box drawing, currency, math) between the
 * letters. Console text in a spaced script has a space every few words;
 * CJK text has few spaces but is mostly CJK letters, which are not symbols.
 */
function looksLikeSingleByteNoise(line: string, n: number): boolean {
  if (n < 60) return false;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) if (line[i] === ' ' || line[i] === '\t') spaces++;
  // Spaced text ends the check here, so ordinary lines cost one cheap scan.
  if (spaces / n >= 0.03) return false;
  const symbols = line.match(/[^\p{L}\p{N}\s!-/:-@[-`{-~]/gu)?.length ?? 0;
  return symbols / n > 0.1;
}
