import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding, encodeUtf16le, StreamDecoder } from '../../../src-shared/util/decode';
import type { TextEncodingName } from '../../../src-shared/util/codepages';

/** The bytes a Windows tool would write for `text` in `enc` (iconv-lite is the independent encoder). */
function encode(text: string, enc: TextEncodingName): Uint8Array {
  if (enc === 'utf16le') return encodeUtf16le(text);
  if (enc === 'utf8') return new TextEncoder().encode(text);
  return new Uint8Array(iconv.encode(text, enc));
}

function streamDecode(bytes: Uint8Array, cuts: number[]): string {
  const d = new StreamDecoder('auto');
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let out = '';
  let at = 0;
  for (const p of [...points, bytes.length]) {
    out += d.write(bytes.subarray(at, p));
    at = p;
  }
  return out + d.end();
}

// Words from real console output (DISM, bcdedit, wsl.exe, systeminfo) in each script.
// CJK comes in words of two or more characters.
const HANZI = ['请求的', '操作成功', '直到', '重新启动', '系统', '前更改将', '不会生效', '部署映像', '服务和管理', '工具', '版本', '启用功能', '正在', '家庭中文版', '位', '错误', '参数无效', '虚拟机平台', '已完成', '。', '：'];
const KANA_KANJI = ['操作は', '正常に', '完了しました', '変更を', '有効にするには', '再起動が', '必要です', 'システムの', '仮想化', '機能', '。'];
// Western text: accented letters inside real words (de, fr, es), as DISM and bcdedit print them.
const WESTERN = ['Größe ', 'für ', 'Änderungen ', 'übernommen ', 'Fehler ', 'Vorgang ', 'déjà ', 'réseau ', 'paramètre ', 'élevée ', 'señal ', 'Öffnen ', 'Zugriff '];
const ASCII_WORDS = ['DISM', 'Windows', 'VirtualMachinePlatform', '10.0.19041.1', ' ', ' ', ': ', '[', '100.0%', ']', 'Error: 87', '\r\n', '.'];

/** A line mixing ASCII words with at least `min` characters of one script. */
function mixed(chars: readonly string[], min: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: 40 }), fc.array(fc.constantFrom(...ASCII_WORDS), { maxLength: 12 }), fc.nat())
    .map(([script, ascii, seed]) => {
      // Interleave deterministically from the seed: runs of script characters between ASCII words.
      const parts: string[] = [];
      let s = seed;
      let i = 0;
      let j = 0;
      while (i < script.length || j < ascii.length) {
        s = (s * 1103515245 + 12345) >>> 0;
        if (j < ascii.length && (i >= script.length || s % 3 === 0)) parts.push(ascii[j++] as string);
        else parts.push(script[i++] as string);
      }
      return `${parts.join('')}\r\n`;
    });
}

const CASES: { name: string; encodings: TextEncodingName[]; text: fc.Arbitrary<string> }[] = [
  { name: 'Chinese', encodings: ['utf8', 'utf16le', 'gbk'], text: mixed(HANZI, 4) },
  { name: 'Japanese', encodings: ['utf8', 'utf16le', 'shift_jis'], text: mixed(KANA_KANJI, 4) },
  { name: 'Western', encodings: ['utf8', 'utf16le'], text: mixed(WESTERN, 3) },
];

/**
 * The Western single-byte pages cannot always be told apart: D6 is Ö in
 * windows-1252 and Í in CP850, both capitals that start a word. So without a
 * hint detection must pick one of them (never a CJK page), and with the code
 * page the facts report (or --encoding) the text comes back exactly.
 */
const WESTERN_PAGES: TextEncodingName[] = ['cp437', 'cp850', 'windows-1252'];

describe('detectEncoding: random CJK/ASCII mixes in every supported encoding', () => {
  for (const c of CASES) {
    for (const enc of c.encodings) {
      it(`${c.name} in ${enc}: whole buffer and stream cut anywhere give the text back`, () => {
        fc.assert(
          fc.property(c.text, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
            const bytes = encode(text, enc);
            expect(decodeBytes(bytes).text).toBe(text);
            expect(streamDecode(bytes, cuts)).toBe(text);
          }),
          { numRuns: 150 },
        );
      });
    }
  }

  for (const enc of ['cp850', 'windows-1252'] as const) {
    it(`Western in ${enc}: a Western page without a hint, the exact text with the code page as hint`, () => {
      fc.assert(
        fc.property(mixed(WESTERN, 3), (text) => {
          const bytes = encode(text, enc);
          // All-ASCII draws read the same in every page (detected as UTF-8).
          if (/[^\x00-\x7f]/.test(text)) expect(WESTERN_PAGES).toContain(detectEncoding(bytes));
          expect(detectEncoding(bytes, { hint: enc })).toBe(enc);
          expect(decodeBytes(bytes, enc).text).toBe(text);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('CP437 (DOS US) text whose letters differ from CP850 is read with the hint; without it, as one of the DOS pages', () => {
    const text = 'Fehler: Zugriff verweigert. Änderungen für Größe übernommen.\r\n';
    const bytes = encode(text, 'cp437');
    expect(decodeBytes(bytes).text).toBe(text); // the letters here are the same in 437 and 850
    expect(['cp437', 'cp850']).toContain(detectEncoding(bytes));
    expect(detectEncoding(bytes, { hint: 'cp437' })).toBe('cp437');
  });
});

describe('detectEncoding: the cases that went wrong before', () => {
  it('a short all-Chinese UTF-16LE line without BOM is UTF-16LE, not UTF-8 (the old sniffer garbled it)', () => {
    const text = '请求的操作成功。直到重新启动系统前更改将不会生效。\r\n';
    const bytes = encodeUtf16le(text);
    expect(detectEncoding(bytes)).toBe('utf16le');
    expect(decodeBytes(bytes).text).toBe(text);
    expect(streamDecode(bytes, [7, 13])).toBe(text);
  });

  it('GBK DISM output is GBK, not UTF-8 with replacement characters', () => {
    const text = '错误: 3010\r\n\r\n请求的操作成功。直到重新启动系统前更改将不会生效。\r\n';
    const bytes = encode(text, 'gbk');
    expect(detectEncoding(bytes)).toBe('gbk');
    expect(decodeBytes(bytes).text).toBe(text);
  });

  it('plain ASCII is UTF-8 (or the hint): every encoding reads it the same', () => {
    const bytes = encode('The operation completed successfully.\r\n', 'utf8');
    expect(detectEncoding(bytes)).toBe('utf8');
    expect(detectEncoding(bytes, { hint: 'gbk' })).toBe('gbk');
  });

  it('BOMs decide', () => {
    expect(detectEncoding(encodeUtf16le('家庭中文版', true))).toBe('utf16le');
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0xae, 0xb6]))).toBe('utf8');
  });
});
