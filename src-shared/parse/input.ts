import { decodeClixml, hasClixml } from '../util/clixml';
import { decodeBytes, type TextEncodingName } from '../util/decode';

/**
 * Raw input as a user pasted it or a command printed it. Bytes are decoded
 * here; strings are taken as already decoded (but may still carry NULs or a BOM).
 */
export type RawInput = Uint8Array | string;

/**
 * Decode bytes: `encoding` when the caller knows it (the console code page the
 * facts reported, `go-wsl-doctor --encoding`), else detected (util/detect.ts:
 * BOM, NUL pattern, then validity and plausibility across UTF-8, UTF-16LE and
 * the OEM code pages, so a BOM-less all-CJK UTF-16LE line and a GBK DISM log
 * both read right). PowerShell 5.1's CLIXML error stream becomes its plain
 * text here, so every parser and the diagnoser see what a person would read.
 */
export function decodeInput(input: RawInput, encoding: TextEncodingName | 'auto' = 'auto'): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (encoding === 'auto' && input.length >= 2 && input[0] === 0xfe && input[1] === 0xff) {
    text = decodeUtf16be(input.subarray(2));
  } else {
    text = decodeBytes(input, encoding).text;
  }
  if (hasClixml(text)) text = decodeClixml(text);
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
