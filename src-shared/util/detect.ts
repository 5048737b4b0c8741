import { byteDecoder, type TextEncodingName } from './codepages';

/**
 * Which encoding a byte stream is in, when nobody told us: a file a user saved
 * with `dism ... > out.txt`, a paste, a console tool run before the facts
 * reported the code page.
 *
 * 1. A BOM decides.
 * 2. Plain ASCII is the same in all of them (UTF-8).
 * 3. UTF-16LE of Latin text has a NUL in most odd positions.
 * 4. Otherwise every candidate must decode without a malformed sequence, and
 *    the most plausible text wins: a score per byte (ASCII, CJK, kana,
 *    Latin letters count; control characters, private-use and
 *    replacement characters count against), plus, for the double-byte code
 *    pages, a penalty for pairs outside the common area (GB2312's symbol and
 *    level-1/2 hanzi rows, JIS kana and level-1 kanji), which is where random
 *    bytes from another encoding land; CJK counts in words, not as a lone
 *    character glued to ASCII letters; valid UTF-8 with plausible multi-byte
 *    characters gets a prior. Ties go to the order of CANDIDATES (UTF-8
 *    first), or to the caller's hint.
 *
 * A short line that is all CJK in BOM-less UTF-16LE (wsl.exe's
 * "请求的操作成功。..." ) has no NUL in odd positions at all; step 4 is what
 * reads it right: as UTF-8 it is malformed, as GBK it holds NUL bytes.
 */
// Shift-JIS last: its symbol row with an ASCII trail byte ("｜" is 81 62) ties with a
// DOS accented letter before a letter ("üb" in CP850), and the DOS page is the likelier.
const CANDIDATES: readonly TextEncodingName[] = ['utf8', 'utf16le', 'gbk', 'cp437', 'cp850', 'windows-1252', 'shift_jis'];

/** Enough to be sure, cheap on a long log. */
const SAMPLE_BYTES = 16 * 1024;

export interface DetectOptions {
  /** The bytes are the start of a stream: a character may be cut at the end. */
  partial?: boolean;
  /** The encoding we expect (the console code page): wins a tie. */
  hint?: TextEncodingName;
}

export function detectEncoding(bytes: Uint8Array, options: DetectOptions = {}): TextEncodingName {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  const cut = bytes.length > SAMPLE_BYTES;
  const sample = cut ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const partial = options.partial === true || cut;

  let high = 0;
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b >= 0x80) high++;
    else if (b === 0) {
      if (i % 2 === 1) oddNul++;
      else evenNul++;
    }
  }
  if (high === 0 && oddNul + evenNul === 0) return options.hint ?? 'utf8';
  const pairs = sample.length >> 1;
  // UTF-16LE of Latin text: the high byte (odd index) is NUL.
  if (pairs > 0 && oddNul >= pairs * 0.3 && oddNul > evenNul * 2) return 'utf16le';

  const order = options.hint ? [options.hint, ...CANDIDATES.filter((c) => c !== options.hint)] : CANDIDATES;
  let best: TextEncodingName = options.hint ?? 'utf8';
  let bestScore = -Infinity;
  for (const enc of order) {
    const s = scoreAs(sample, enc, partial);
    if (s > bestScore + 1e-9) {
      best = enc;
      bestScore = s;
    }
  }
  // Nothing reads as text (random bytes, a binary pasted by mistake): a DOS page would still
  // "decode" it into letters and box drawing that look like text. UTF-8 shows it as what it is,
  // U+FFFD, which the parsers drop as noise (src-shared/parse/noise.ts).
  if (bestScore < MIN_TEXT_SCORE_PER_BYTE * sample.length) return 'utf8';
  return best;
}

/** Real console text scores about 1 per byte in its encoding; random bytes score about 0 in any. */
const MIN_TEXT_SCORE_PER_BYTE = 0.3;

/**
 * How plausible `bytes` are as `enc`: the sum over characters of their
 * plausibility times the bytes they take, so every candidate is judged over
 * the same bytes (a misread hanzi pair is compared with the two Latin letters
 * the same bytes make). A valid UTF-8 multi-byte sequence earns a bonus:
 * random bytes from another encoding rarely form one. -Infinity when the
 * bytes cannot be `enc` at all.
 */
export function scoreAs(bytes: Uint8Array, enc: TextEncodingName, partial = false): number {
  let usable = bytes;
  if (enc === 'utf16le' && bytes.length % 2 === 1) {
    if (!partial) return -Infinity;
    usable = bytes.subarray(0, bytes.length - 1);
  }
  let text: string;
  try {
    text = byteDecoder(enc, true).decode(usable, { stream: partial });
  } catch {
    return -Infinity;
  }
  let sum = 0;
  let multibyte = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let score: number;
    const d = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      // A valid pair: emoji or a rare ideograph, neither typical of console output.
      score = -1;
      c = 0x10000;
      i++;
    } else score = charScore(c);
    const size = byteLength(c, enc);
    sum += score * size;
    if (enc === 'utf8' && size > 1 && score > -1) {
      sum += 1;
      // GBK pairs can form valid 2-byte UTF-8 too, as Greek or Coptic ("系统" reads "ϵͳ"): no prior for those.
      if (score >= 0.3) multibyte = true;
    }
  }
  // Valid UTF-8 with multi-byte characters is what every modern tool writes and what random
  // bytes of another encoding almost never are: a prior, so one symbol ("✓") is not outvoted
  // by the three Latin-1 letters its bytes make in a DOS code page.
  if (multibyte) sum += 3;
  sum += contextAdjust(text);
  // UTF-16LE text from a console carries ASCII somewhere (a newline, a space, a code), and
  // so NUL bytes; without any, Shift-JIS kana read two bytes at a time look like CJK too.
  if (enc === 'utf16le' && !usable.includes(0)) sum -= 4;
  if (enc === 'gbk') sum += gbkRarity(usable);
  else if (enc === 'shift_jis') sum += sjisRarity(usable);
  return sum;
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLatinLetter = (c: number) => c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7;
const isCjkPunct = (c: number) => (c >= 0x3000 && c < 0x3040) || (c >= 0xff01 && c < 0xff5f);
const isCjkWord = (c: number) => (c >= 0x3040 && c < 0x3100) || (c >= 0x4e00 && c < 0xa000);
const isCjk = (c: number) => isCjkPunct(c) || isCjkWord(c);

/**
 * Words, not characters: CJK text comes in runs ("虚拟机平台", "の機能"), so one
 * CJK character alone against an ASCII letter ("Gr批e") is what an
 * accented Latin letter misread as a double-byte pair looks like. And an
 * accented letter next to an ASCII letter is a word ("für"), which a CJK text
 * misread as Latin-1 rarely makes.
 */
function contextAdjust(text: string): number {
  let adjust = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (isCjkWord(c) && !isCjk(prev) && !isCjk(next) && (isAsciiLetter(prev) || isAsciiLetter(next))) adjust -= 3;
    else if (isCjkPunct(c) && isAsciiLetter(prev) && isAsciiLetter(next)) adjust -= 3; // "DISM：" is fine, "f〉r" is not
    else if (isLatinLetter(c) && (isAsciiLetter(prev) || isAsciiLetter(next))) {
      // "ÚlevÚe" (CP850 read as the wrong page): a capital inside a lower-case word is not a word.
      const capitalInWord = c >= 0xc0 && c <= 0xde && prev >= 0x61 && prev <= 0x7a;
      adjust += capitalInWord ? -0.5 : 0.1;
    }
  }
  return adjust;
}

/** Bytes one character (a code unit; 0x10000 stands for a surrogate pair) takes in `enc`. */
function byteLength(c: number, enc: TextEncodingName): number {
  switch (enc) {
    case 'utf8':
      return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    case 'utf16le':
      return c < 0x10000 ? 2 : 4;
    case 'gbk':
      return c < 0x80 || c === 0x20ac ? 1 : c < 0x10000 ? 2 : 4;
    case 'shift_jis':
      return c < 0x80 || (c >= 0xff61 && c < 0xffa0) ? 1 : 2;
    default:
      return 1;
  }
}

/** How plausible one UTF-16 code unit is in a console text, per byte it takes. */
function charScore(c: number): number {
  if (c === 0x09 || c === 0x0a || c === 0x0d) return 1;
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return c === 0x1b ? 0 : -5;
  if (c < 0x7f) return 1;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return 0.2; // Latin-1 symbols
  if (c < 0x100) return 0.9; // Latin-1 letters
  if (c < 0x250) return 0.3; // Latin Extended
  if (c >= 0x370 && c < 0x400) return 0; // Greek
  if (c >= 0x400 && c < 0x530) return 0.5; // Cyrillic
  if (c >= 0x2000 && c < 0x2070) return 0.5; // general punctuation
  if (c >= 0x2500 && c < 0x25a0) return 0; // box drawing, blocks (DOS progress bars)
  if (c >= 0x2190 && c < 0x2c00) return 0.3; // arrows, math, technical, shapes, dingbats (✓ →)
  if (c >= 0x3000 && c < 0x3100) return 1; // CJK punctuation, kana
  if (c >= 0x4e00 && c < 0xa000) return 1; // CJK unified ideographs
  if (c >= 0xac00 && c < 0xd7a4) return 0.3; // Hangul
  if (c >= 0xd800 && c < 0xe000) return -10; // a lone surrogate
  if (c >= 0xe000 && c < 0xf900) return -3; // private use
  if (c >= 0xff01 && c < 0xff5f) return 1; // full-width forms (：，（）)
  if (c >= 0xfe50 && c < 0xfe70) return 0.5; // small forms (﹕)
  if (c >= 0xff61 && c < 0xffa0) return -0.5; // half-width katakana
  if (c === 0xfffd) return -10;
  return -1;
}

/**
 * GBK pairs outside GB2312's symbol rows (lead A1-A9) and hanzi rows
 * (lead B0-F7), trail A1-FE: the GBK extensions and user areas, which real
 * Chinese text rarely uses and misread bytes often hit.
 */
function gbkRarity(bytes: Uint8Array): number {
  let penalty = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number;
    if (lead < 0x81 || lead === 0xff) continue;
    const trail = bytes[i + 1];
    if (trail === undefined) break;
    if (trail >= 0x30 && trail <= 0x39) {
      penalty -= 3; // a four-byte GB18030 sequence
      i += 3;
      continue;
    }
    const common = trail >= 0xa1 && trail <= 0xfe && ((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xf7));
    if (!common) penalty -= 3;
    i++;
  }
  return penalty;
}

/** Shift-JIS pairs outside the symbol/kana rows (lead 81-84) and level-1 kanji (88-9F); level 2 (E0-EA) is rarer. */
function sjisRarity(bytes: Uint8Array): number {
  let penalty = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number;
    const double = (lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xfc);
    if (!double) continue;
    if (bytes[i + 1] === undefined) break;
    const common = (lead >= 0x81 && lead <= 0x84) || (lead >= 0x88 && lead <= 0x9f);
    if (!common) penalty -= lead >= 0xe0 && lead <= 0xea ? 1 : 3;
    i++;
  }
  return penalty;
}
