/**
 * The facts script writes its JSON in ASCII, every other character as a
 * `\uXXXX` escape, so that no console code page can garble it. A name in
 * there (`C:\\Users\\\u5f20\u4e09`) is no name to a pattern: the masking
 * looks at such a line decoded and writes it back escaped, so the line stays
 * ASCII and the replay reads the same JSON, with the names masked.
 *
 * Only a line that is JSON counts: in `C:\Users\ubeef\go` as a console
 * prints it, `\ubeef` is a folder, not an escape.
 */

/** A real escape: not itself escaped (an even number of backslashes before it). */
const NON_ASCII_ESCAPE = /(?<!\\)((?:\\\\)*)\\u(00[89a-fA-F][0-9a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]{2}|[1-9a-fA-F][0-9a-fA-F]{3})/g;
const HAS_NON_ASCII_ESCAPE = new RegExp(NON_ASCII_ESCAPE.source);
const NON_ASCII = /[^\u0000-\u007f]/;

function unescapeNonAscii(line: string): string {
  return line.replace(NON_ASCII_ESCAPE, (_m, slashes: string, hex: string) => slashes + String.fromCharCode(parseInt(hex, 16)));
}

function escapeNonAscii(line: string): string {
  return line.replace(/[^\u0000-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isEscapedJsonLine(line: string): boolean {
  if (!HAS_NON_ASCII_ESCAPE.test(line)) return false;
  const t = line.trim();
  if (!/^[[{]/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

/** Text with its escaped JSON lines decoded, for learning names from. */
export function decodeEscapedLines(text: string): string {
  if (!HAS_NON_ASCII_ESCAPE.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (isEscapedJsonLine(line) ? unescapeNonAscii(line) : line))
    .join('\n');
}

/**
 * Applies `mask` to each line as a person would read it. A line that was
 * pure ASCII with escapes is escaped again afterwards; a line that already
 * held raw non-ASCII text keeps it decoded (both forms are the same JSON).
 */
export function maskThroughEscapes(text: string, mask: (s: string) => string): string {
  if (!HAS_NON_ASCII_ESCAPE.test(text)) return mask(text);
  return text
    .split('\n')
    .map((line) => {
      if (!isEscapedJsonLine(line)) return mask(line);
      const masked = mask(unescapeNonAscii(line));
      return NON_ASCII.test(line) ? masked : escapeNonAscii(masked);
    })
    .join('\n');
}
