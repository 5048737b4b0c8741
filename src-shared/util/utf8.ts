/**
 * Where a UTF-8 byte stream may be cut without splitting a character: the
 * largest offset <= `end` such that `bytes[0, offset)` does not end inside a
 * multi-byte sequence. Looks at most 3 bytes back; malformed input is cut
 * where asked (a decoder shows it as U+FFFD either way).
 */
export function utf8Boundary(bytes: Uint8Array, end: number = bytes.length): number {
  for (let i = end - 1; i >= 0 && i >= end - 3; i--) {
    const b = bytes[i] as number;
    if (b < 0x80) return end; // ASCII: every earlier sequence is complete
    if (b >= 0xc0) {
      // A lead byte: does its sequence fit before `end`?
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return i + need > end ? i : end;
    }
    // 0x80..0xbf: a continuation byte, keep looking for its lead.
  }
  return end;
}
