import { describe, expect, it } from 'vitest';
import { StreamDecoder, encodeUtf16le } from '../../../src-shared/util/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('StreamDecoder (auto): short first lines', () => {
  it('passes a short complete UTF-8 line at once instead of holding it until 64 bytes', () => {
    const d = new StreamDecoder();
    expect(d.write(utf8('@@step 1/5\n'))).toBe('@@step 1/5\n');
    // An ASCII line reads the same in every encoding: the choice waits for bytes that tell.
    expect(d.encoding).toBe(null);
    expect(d.write(utf8('正在下载\n'))).toBe('正在下载\n');
  });

  it('still holds a short line that is not finished, or not valid UTF-8', () => {
    const partial = new StreamDecoder();
    expect(partial.write(utf8('Reading pack'))).toBe('');
    expect(partial.write(utf8('age lists...\n'))).toBe('Reading package lists...\n');
    const latin1 = new StreamDecoder();
    expect(latin1.write(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]))).toBe(''); // "café\n" in Latin-1
  });

  it('never mistakes short UTF-16LE for UTF-8: its newline carries a NUL', () => {
    for (const text of ['Ubuntu\r\n', '上\n', 'x\n', '安装完成\r\n']) {
      for (const bom of [false, true]) {
        const d = new StreamDecoder();
        const bytes = encodeUtf16le(text, bom);
        const out = d.write(bytes) + d.end();
        expect(out).toBe(text);
        expect(d.encoding).toBe('utf16le');
      }
    }
  });

  it('keeps a character split across the early decision whole', () => {
    const d = new StreamDecoder();
    // (A line needs a space to pass while undecided: short space-less ASCII can be BOM-less UTF-16LE CJK.)
    const bytes = utf8('step ok\n中');
    expect(d.write(bytes.subarray(0, 10))).toBe('step ok\n');
    // Undecided until the line is whole (or the stream ends): then the character comes whole.
    expect(d.write(bytes.subarray(10))).toBe('');
    expect(d.write(utf8('\n'))).toBe('中\n');
  });

  it('lets an ASCII progress bar that redraws with \\r alone through while undecided (once the next byte shows it is not CRLF)', () => {
    const d = new StreamDecoder();
    expect(d.write(utf8('  10% [====      ]\r'))).toBe('');
    expect(d.write(utf8(' 100% [==========]\r\n'))).toBe('  10% [====      ]\r 100% [==========]\r\n');
    expect(d.encoding).toBe(null);
  });

  it('holds a short space-less ASCII-looking line (it may be BOM-less UTF-16LE CJK) but passes a long one', () => {
    const short = new StreamDecoder();
    expect(short.write(utf8('ck(W\n'))).toBe('');
    const long = new StreamDecoder();
    expect(long.write(utf8('@@progress:10\n'))).toBe('@@progress:10\n');
  });
});
