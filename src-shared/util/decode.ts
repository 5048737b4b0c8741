/**
 * Decoding command output whose encoding we cannot trust.
 *
 * wsl.exe writes UTF-16LE when its output is captured, unless it honours
 * WSL_UTF8=1 (recent WSL only); PowerShell and Linux tools write UTF-8.
 * So we sniff: a BOM decides; otherwise a NUL in most odd positions of
 * ASCII-heavy text means UTF-16LE.
 */
export type TextEncodingName = 'utf8' | 'utf16le';

export function sniffEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs === 0) return 'utf8';
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  // UTF-16LE of Latin text: the high byte (odd index) is NUL. CJK text has few NULs,
  // but wsl.exe output always carries ASCII (codes, newlines, names), so a third is plenty.
  if (oddNul >= pairs * 0.3 && oddNul > evenNul * 2) return 'utf16le';
  return 'utf8';
}

const decoders: Record<TextEncodingName, () => TextDecoder> = {
  utf8: () => new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }),
  utf16le: () => new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false }),
};

/** Decode a whole buffer; 'auto' sniffs. The BOM, if any, is dropped. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName | 'auto' = 'auto'): { text: string; encoding: TextEncodingName } {
  const enc = encoding === 'auto' ? sniffEncoding(bytes) : encoding;
  return { text: decoders[enc]().decode(bytes), encoding: enc };
}

/**
 * Streaming decoder: never splits a multi-byte character across chunks. In
 * 'auto' mode it holds bytes back until it has seen enough to sniff (or the
 * stream ends), then decodes everything with the chosen encoding.
 */
export class StreamDecoder {
  private decoder: TextDecoder | null = null;
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  private chosen: TextEncodingName | null;

  constructor(encoding: TextEncodingName | 'auto' = 'auto', private readonly sniffBytes = 64) {
    this.chosen = encoding === 'auto' ? null : encoding;
    if (this.chosen) this.decoder = decoders[this.chosen]();
  }

  get encoding(): TextEncodingName | null {
    return this.chosen;
  }

  write(chunk: Uint8Array): string {
    if (this.decoder) return this.decoder.decode(chunk, { stream: true });
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.pendingLength < this.sniffBytes && !completeUtf8Line(this.pending)) return '';
    return this.flushPending(false);
  }

  end(): string {
    if (!this.decoder) return this.flushPending(true);
    return this.decoder.decode();
  }

  private flushPending(final: boolean): string {
    const all = concatBytes(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    this.chosen = sniffEncoding(all);
    this.decoder = decoders[this.chosen]();
    const text = this.decoder.decode(all, { stream: !final });
    return final ? text + this.decoder.decode() : text;
  }
}

/**
 * A short start of output that can only be UTF-8: a whole line (UTF-16LE writes
 * a newline as 0A 00, so a line without any NUL is not UTF-16LE), no BOM, and
 * valid UTF-8. Lets a script's first short progress line through at once
 * instead of waiting for the sniffing threshold, which could take as long as
 * the script's next output.
 */
function completeUtf8Line(chunks: readonly Uint8Array[]): boolean {
  const all = chunks.length === 1 ? (chunks[0] as Uint8Array) : concatBytes(chunks);
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
