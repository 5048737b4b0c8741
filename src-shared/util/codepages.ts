/**
 * The console code pages Windows tools write when their output is captured.
 *
 * Windows PowerShell 5.1, DISM, bcdedit, reg, netsh, systeminfo, shutdown and
 * cmd write [Console]::OutputEncoding, the OEM code page: 936 (GBK) on a
 * Chinese Windows, 932 (Shift-JIS) on a Japanese one, 437 or 850 in the West
 * (PowerShell/PowerShell#14945). Only wsl.exe writes UTF-16LE.
 *
 * GBK, Shift-JIS and windows-1252 are in the WHATWG TextDecoder (Node's full
 * ICU and every browser have them). CP437 and CP850 are not, so their upper
 * halves are tables here (from the Unicode consortium's mapping files
 * VENDORS/MICSFT/PC/CP437.TXT and CP850.TXT; every byte < 0x80 is ASCII).
 * Pure: this folder must not import node: modules.
 */
export type TextEncodingName = 'utf8' | 'utf16le' | 'gbk' | 'shift_jis' | 'cp437' | 'cp850' | 'windows-1252';

export const TEXT_ENCODINGS: readonly TextEncodingName[] = ['utf8', 'utf16le', 'gbk', 'shift_jis', 'cp437', 'cp850', 'windows-1252'];

/** The OEM code pages we decode, by the number [Console]::OutputEncoding.CodePage reports. */
const BY_CODE_PAGE: Readonly<Record<number, TextEncodingName>> = {
  65001: 'utf8',
  1200: 'utf16le',
  936: 'gbk',
  932: 'shift_jis',
  437: 'cp437',
  850: 'cp850',
  1252: 'windows-1252',
};

/** The encoding of a Windows code page, or null for one we do not decode. */
export function encodingOfCodePage(codePage: number): TextEncodingName | null {
  return BY_CODE_PAGE[codePage] ?? null;
}

export function codePageOf(encoding: TextEncodingName): number {
  for (const [cp, enc] of Object.entries(BY_CODE_PAGE)) if (enc === encoding) return Number(cp);
  throw new Error(`no code page for ${encoding}`);
}

/** Names people and tools use for them (for an --encoding option or a transcript), lower-cased. */
const ALIASES: Readonly<Record<string, TextEncodingName>> = {
  utf8: 'utf8',
  'utf-8': 'utf8',
  cp65001: 'utf8',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  'utf-16': 'utf16le',
  unicode: 'utf16le',
  gbk: 'gbk',
  cp936: 'gbk',
  gb2312: 'gbk',
  '936': 'gbk',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  '932': 'shift_jis',
  cp437: 'cp437',
  ibm437: 'cp437',
  '437': 'cp437',
  cp850: 'cp850',
  ibm850: 'cp850',
  '850': 'cp850',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  '1252': 'windows-1252',
};

export function encodingByName(name: string): TextEncodingName | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

/** Upper halves (0x80..0xFF) of the DOS code pages. */
const UPPER: Readonly<Record<'cp437' | 'cp850', string>> = {
  cp437: 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0',
  cp850: 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0',
};

/** What TextDecoder offers, narrowed to what we use; the DOS tables implement the same. */
export interface ByteDecoder {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

/** A single-byte code page: no state, so streaming needs nothing kept between chunks. */
class TableDecoder implements ByteDecoder {
  constructor(private readonly upper: string) {}
  decode(bytes?: Uint8Array): string {
    if (!bytes) return '';
    let out = '';
    for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : this.upper.charAt(b - 0x80);
    return out;
  }
}

const WHATWG_LABEL: Readonly<Record<Exclude<TextEncodingName, 'cp437' | 'cp850'>, string>> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  gbk: 'gbk',
  shift_jis: 'shift_jis',
  'windows-1252': 'windows-1252',
};

/**
 * A fresh decoder. `fatal` throws on a malformed sequence (used to test
 * whether bytes can be this encoding at all); a BOM of the encoding is dropped.
 */
export function byteDecoder(encoding: TextEncodingName, fatal = false): ByteDecoder {
  if (encoding === 'cp437' || encoding === 'cp850') return new TableDecoder(UPPER[encoding]);
  return new TextDecoder(WHATWG_LABEL[encoding], { fatal, ignoreBOM: false });
}
