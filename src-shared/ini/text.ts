/**
 * Bytes <-> text for files we edit. We only edit what we can write back byte
 * for byte: UTF-8 (a BOM, if any, stays as U+FEFF at the start of the text).
 * Anything else (UTF-16 from Notepad's "Unicode", Latin-1 bytes) returns null and
 * the caller refuses to edit and says why, rather than silently re-encoding.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

export function decodeExact(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  // NULs mean UTF-16 (or binary) that happened to be valid UTF-8: not a config file we should touch.
  if (text.includes('\u0000')) return null;
  const back = encoder.encode(text);
  if (back.length !== bytes.length) return null;
  for (let i = 0; i < back.length; i++) if (back[i] !== bytes[i]) return null;
  return text;
}

export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}
