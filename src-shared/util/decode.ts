import { byteDecoder, type ByteDecoder, type TextEncodingName } from './codepages';
import { detectEncoding } from './detect';

/**
 * Decoding command output whose encoding we cannot always trust.
 *
 * wsl.exe writes UTF-16LE when its output is captured, unless it honours
 * WSL_UTF8=1 (recent WSL only); Linux tools write UTF-8; Windows PowerShell
 * 5.1 and the console tools (DISM, bcdedit, reg ...) write the OEM code page
 * (GBK on a Chinese Windows). When the code page is known the caller names
 * it; 'auto' detects (./detect.ts): BOM, NUL pattern, then which encoding the
 * bytes are valid in and give the most plausible text.
 */
export type { TextEncodingName } from './codepages';
export { detectEncoding } from './detect';

/** Kept for callers that only ask "UTF-16LE or not": the full detector. */
export function sniffEncoding(bytes: Uint8Array): TextEncodingName {
  return detectEncoding(bytes);
}

/** Decode a whole buffer; 'auto' detects. The BOM, if any, is dropped. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName | 'auto' = 'auto'): { text: string; encoding: TextEncodingName } {
  const enc = encoding === 'auto' ? detectEncoding(bytes) : encoding;
  return { text: byteDecoder(enc).decode(bytes), encoding: enc };
}

/** A line without a space passes undecided from this length (see asciiLinesEnd). */
const MIN_BARE_LINE = 12;
/** Enough bytes to decide without waiting for more: see StreamDecoder.write. */
const DECIDE_HIGH_BYTES = 24;
const DECIDE_NULS = 4;

/**
 * Streaming decoder: never splits a multi-byte character across chunks. In
 * 'auto' mode it holds bytes back until it has seen enough to detect (or the
 * stream ends), then decodes everything with the chosen encoding. While it
 * waits, whole lines of plain ASCII go out at once: they read the same in
 * every encoding we detect except UTF-16LE, and a UTF-16LE newline carries a
 * NUL, so a NUL-free ASCII line is not UTF-16LE.
 */
export class StreamDecoder {
  private decoder: ByteDecoder | null = null;
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  private chosen: TextEncodingName | null;

  /** 'console' (a host's "the console code page") not resolved to a page by the host is detected, like 'auto'. */
  constructor(
    encoding: TextEncodingName | 'auto' | 'console' = 'auto',
    private readonly sniffBytes = 64,
  ) {
    this.chosen = encoding === 'auto' || encoding === 'console' ? null : encoding;
    if (this.chosen) this.decoder = byteDecoder(this.chosen);
  }

  get encoding(): TextEncodingName | null {
    return this.chosen;
  }

  write(chunk: Uint8Array): string {
    if (this.decoder) return this.decoder.decode(chunk, { stream: true });
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    const all = concatBytes(this.pending);
    if (this.pendingLength >= this.sniffBytes && enoughToDecide(all)) return this.flushPending(all, false, all);
    // A whole line with non-ASCII in valid UTF-8 is enough to tell (the commonest case: a
    // distro script's progress). Detection looks at the whole lines only: a character cut
    // at the end of the chunk would otherwise read as something else.
    const lines = all.subarray(0, all.lastIndexOf(0x0a) + 1);
    if (completeUtf8Line(lines) && lines.some((b) => b >= 0x80)) return this.flushPending(all, false, lines);
    // Undecided: let whole ASCII lines through, keep the rest.
    const cut = asciiLinesEnd(all);
    this.pending = cut < all.length ? [all.subarray(cut)] : [];
    this.pendingLength = all.length - cut;
    return cut > 0 ? String.fromCharCode(...all.subarray(0, cut)) : '';
  }

  end(): string {
    if (!this.decoder) {
      const all = concatBytes(this.pending);
      return this.flushPending(all, true, all);
    }
    return this.decoder.decode();
  }

  /** Decide on `sample` (all of `all`, or its whole lines), then decode all pending bytes. */
  private flushPending(all: Uint8Array, final: boolean, sample: Uint8Array): string {
    this.pending = [];
    this.pendingLength = 0;
    if (final && all.length === 0) return '';
    this.chosen = detectEncoding(sample, { partial: sample === all && !final });
    this.decoder = byteDecoder(this.chosen);
    const text = this.decoder.decode(all, { stream: !final });
    return final ? text + this.decoder.decode() : text;
  }
}

/** A BOM, a UTF-16LE NUL pattern, or enough non-ASCII bytes for detection to be sure. */
function enoughToDecide(all: Uint8Array): boolean {
  if (all.length >= 1024) return true;
  if ((all[0] === 0xff && all[1] === 0xfe) || (all[0] === 0xef && all[1] === 0xbb)) return true;
  let high = 0;
  let nul = 0;
  for (const b of all) {
    if (b >= 0x80) high++;
    else if (b === 0) nul++;
  }
  return high >= DECIDE_HIGH_BYTES || nul >= DECIDE_NULS;
}

/**
 * End of the last whole line of ASCII text from the start (0 when there is
 * none). A line ends at \n, or at \r followed by more bytes (progress bars
 * redraw with \r alone); it must be printable ASCII with a space or a tab in
 * it, or be 12 characters long, because BOM-less UTF-16LE CJK can look like
 * short ASCII ("正在服" is "ck(W" then 0D 67) but its bytes rarely make a
 * space or a long printable run, and its newline is 0A 00.
 * An empty line ("\r\n" before DISM's banner) waits: it tells nothing.
 */
function asciiLinesEnd(all: Uint8Array): number {
  let end = 0;
  let spaced = false;
  let lineStart = 0;
  for (let i = 0; i < all.length; i++) {
    const b = all[i] as number;
    const lineEnd = b === 0x0a || (b === 0x0d && i + 1 < all.length && all[i + 1] !== 0x0a);
    if (lineEnd) {
      if (!spaced && i - lineStart < MIN_BARE_LINE) break;
      end = i + 1;
      lineStart = end;
      spaced = false;
      continue;
    }
    if (b === 0x0d && all[i + 1] === 0x0a) continue; // CRLF: the \n ends the line
    if (b === 0x20 || b === 0x09) spaced = true;
    else if (b < 0x20 || b >= 0x7f) break; // NUL, another control byte, or non-ASCII: undecided from here
  }
  return end > 0 && all[end] === 0 ? 0 : end;
}

/**
 * A short start of output that can only be UTF-8: a whole line (UTF-16LE writes
 * a newline as 0A 00, so a line without any NUL is not UTF-16LE), no BOM, and
 * valid UTF-8. Lets a script's first short progress line through at once
 * instead of waiting for the detection threshold, which could take as long as
 * the script's next output.
 */
function completeUtf8Line(all: Uint8Array): boolean {
  if (all[0] === 0xff || all[0] === 0xfe || !all.includes(0x0a) || all.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(all, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export function encodeUtf16le(text: string, bom = false): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) {
    out[0] = 0xff;
    out[1] = 0xfe;
    o = 2;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[o++] = c & 0xff;
    out[o++] = c >> 8;
  }
  return out;
}
