import { decodeBytes } from '../util/decode';

/**
 * Raw input as a user pasted it or a command printed it. Bytes are decoded
 * here; strings are taken as already decoded (but may still carry NULs or a BOM).
 */
export type RawInput = Uint8Array | string;

/** Share of U+FFFD in a decode: many of them mean we picked the wrong encoding. */
function replacementShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (const ch of text) if (ch === '\uFFFD') bad++;
  return bad / text.length;
}

/** Share of characters a console text plausibly contains (ASCII printable, CJK, Cyrillic, Latin-1 ...). */
function plausibleShare(text: string): number {
  if (text.length === 0) return 0;
  let ok = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) ok++;
    else if (c >= 0xa0 && c < 0x2000) ok++; // Latin-1 .. Cyrillic .. general punctuation
    else if (c >= 0x3000 && c < 0xa000) ok++; // CJK punctuation, kana, CJK ideographs
    else if (c >= 0xac00 && c < 0xd7a4) ok++; // Hangul
    else if (c >= 0xfe10 && c < 0xff70) ok++; // full-width and small forms (：﹕)
  }
  return ok / text.length;
}

/**
 * Decode bytes by sniffing. The shared sniffer decides on BOM and NUL pattern;
 * we add one fallback it cannot see: UTF-16LE without BOM whose text is mostly
 * CJK has almost no NUL bytes, so it looks like (broken) UTF-8. If UTF-8 gives
 * many replacement characters and UTF-16LE gives plausible text, take UTF-16LE.
 */
export function decodeInput(input: RawInput): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (input.length >= 2 && input[0] === 0xfe && input[1] === 0xff) {
    text = decodeUtf16be(input.subarray(2));
  } else {
    const first = decodeBytes(input, 'auto');
    text = first.text;
    if (first.encoding === 'utf8' && input.length % 2 === 0 && replacementShare(text) > 0.05) {
      const alt = decodeBytes(input, 'utf16le').text;
      if (plausibleShare(alt) > 0.9 && replacementShare(alt) < 0.01) text = alt;
    }
  }
  // A BOM can survive inside pasted text (concatenated outputs); it is never content.
  return text.replace(/\uFEFF/g, '');
}

/** UTF-16BE is rare (never from wsl.exe) but costs nothing: swap bytes and decode as LE. */
function decodeUtf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return decodeBytes(swapped, 'utf16le').text;
}
