import iconv from 'iconv-lite';
import { ClixmlStream } from '../../src-shared/util/clixml';
import { encodingByName, encodingOfCodePage, type TextEncodingName } from '../../src-shared/util/codepages';
import { detectEncoding, encodeUtf16le, StreamDecoder } from '../../src-shared/util/decode';
import type { RecordedOutput } from '../../src-shared/transcript/schema';
import type { CommandSpec, OutputStream, RunResult } from './types';

/**
 * Which encoding a Windows command's output is in.
 *
 * wsl.exe is the one tool that writes UTF-16LE (or UTF-8 with WSL_UTF8=1):
 * its output is detected. Everything else a Windows host runs (Windows
 * PowerShell 5.1, DISM, bcdedit, reg, shutdown ...) writes the console's OEM
 * code page, [Console]::OutputEncoding: GBK on a Chinese Windows. That code
 * page comes from the facts script, which reports it (consoleCodePage) in a
 * JSON that is plain ASCII whatever the code page. Until the facts have run,
 * or when an old facts output has no code page, the output is detected; an
 * old facts output that detected as an OEM page teaches that page.
 */
export const FACTS_PROBE = 'win.facts';

export class ConsoleEncoding {
  private known: TextEncodingName | null;

  constructor(initial: TextEncodingName | null = null) {
    this.known = initial;
  }

  get encoding(): TextEncodingName | null {
    return this.known;
  }

  /** What to decode `spec`'s output with: a named encoding, or 'auto' (detect). */
  resolve(spec: CommandSpec): TextEncodingName | 'auto' {
    const asked = spec.decode ?? 'auto';
    if (asked !== 'auto' && asked !== 'console') return asked;
    if (asked === 'auto' && isWslExe(spec.argv[0])) return 'auto';
    return this.known ?? 'auto';
  }

  /** Learn the code page from the facts run (its JSON, or the page its bytes were in). */
  observe(spec: CommandSpec, result: RunResult): void {
    if (spec.id !== FACTS_PROBE || result.exitCode !== 0) return;
    const cp = /"consoleCodePage"\s*:\s*(\d+)/.exec(result.stdout)?.[1];
    const fromJson = cp === undefined ? null : encodingOfCodePage(Number(cp));
    if (fromJson) {
      this.known = fromJson;
      return;
    }
    const detected = result.encoding.stdout;
    if (detected !== 'utf8' && detected !== 'utf16le') this.known = detected;
  }
}

/** A spec's encoding for a stream decoder: 'console' not resolved by a host is detected. */
export function streamEncoding(spec: CommandSpec): TextEncodingName | 'auto' {
  return spec.decode === undefined || spec.decode === 'console' ? 'auto' : spec.decode;
}

function isWslExe(file: string | undefined): boolean {
  return file !== undefined && /(?:^|[\\/])wsl(?:\.exe)?$/i.test(file);
}

/**
 * Live decoding of one output stream: bytes to text in the chosen encoding
 * and, on stderr, PowerShell's CLIXML to its plain error text, so the
 * Terminal, the result, the diagnosis and the report all see the same words.
 */
export class OutputDecoder {
  private readonly bytes: StreamDecoder;
  private readonly clixml: ClixmlStream | null;

  constructor(encoding: TextEncodingName | 'auto', stream: OutputStream) {
    this.bytes = new StreamDecoder(encoding);
    this.clixml = stream === 'stderr' ? new ClixmlStream() : null;
  }

  get encoding(): TextEncodingName | null {
    return this.bytes.encoding;
  }

  write(chunk: Uint8Array): string {
    const text = this.bytes.write(chunk);
    return this.clixml ? this.clixml.write(text) : text;
  }

  end(): string {
    const text = this.bytes.end();
    return this.clixml ? this.clixml.write(text) + this.clixml.end() : text;
  }
}

/** Decode a whole buffer the way OutputDecoder does in pieces. */
export function decodeOutput(bytes: Uint8Array, encoding: TextEncodingName | 'auto', stream: OutputStream): { text: string; encoding: TextEncodingName } {
  const d = new OutputDecoder(encoding, stream);
  const text = d.write(bytes) + d.end();
  return { text, encoding: d.encoding ?? (encoding === 'auto' ? detectEncoding(bytes) : encoding) };
}

/** The bytes a recorded output stands for: its text in the encoding the tool wrote (GBK for a Chinese DISM). */
export function recordedBytes(out: RecordedOutput | undefined): Uint8Array {
  if (!out) return new Uint8Array();
  if ('base64' in out) return new Uint8Array(Buffer.from(out.base64, 'base64'));
  switch (out.encoding) {
    case 'utf16le':
      return encodeUtf16le(out.text, false);
    case 'utf16le-bom':
      return encodeUtf16le(out.text, true);
    case 'utf8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(out.text)]);
    case 'utf8':
      return new TextEncoder().encode(out.text);
    default: {
      const enc = encodingByName(out.encoding);
      if (!enc) throw new Error(`no encoder for ${out.encoding}`);
      return new Uint8Array(iconv.encode(out.text, enc));
    }
  }
}

/** How a recording stores output it decoded as `encoding` (the inverse of recordedBytes). */
export function recordedEncoding(encoding: TextEncodingName, bytes: Uint8Array): Exclude<RecordedOutput, { base64: string }>['encoding'] {
  if (encoding === 'utf16le') return bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf16le-bom' : 'utf16le';
  if (encoding === 'utf8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf8-bom' : 'utf8';
  return encoding;
}
