/**
 * Lines with their own terminators. Every editor in this folder works on these
 * so that a file can be rebuilt byte for byte: CRLF and LF may be mixed in one
 * file (Notepad edits of /etc/wsl.conf do that), and the last line may have no
 * terminator at all. Joining the lines of splitLines(s) gives back s exactly.
 */
export type Eol = '\r\n' | '\n' | '\r' | '';

export interface RawLine {
  /** The line without its terminator. */
  readonly text: string;
  readonly eol: Eol;
}

export function splitLines(src: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charCodeAt(i);
    if (ch === 0x0a) {
      lines.push({ text: src.slice(start, i), eol: '\n' });
      start = i + 1;
    } else if (ch === 0x0d) {
      const crlf = src.charCodeAt(i + 1) === 0x0a;
      lines.push({ text: src.slice(start, i), eol: crlf ? '\r\n' : '\r' });
      if (crlf) i++;
      start = i + 1;
    }
  }
  if (start < src.length) lines.push({ text: src.slice(start), eol: '' });
  return lines;
}

export function joinLines(lines: readonly RawLine[]): string {
  let out = '';
  for (const l of lines) out += l.text + l.eol;
  return out;
}

/**
 * The terminator new lines should get: the one most lines already use, so a
 * CRLF file stays CRLF. Ties and files without terminators get the fallback
 * (LF inside the distro, CRLF for Windows files).
 */
export function dominantEol(lines: readonly RawLine[], fallback: '\n' | '\r\n'): '\n' | '\r\n' {
  let lf = 0;
  let crlf = 0;
  for (const l of lines) {
    if (l.eol === '\n') lf++;
    else if (l.eol === '\r\n') crlf++;
  }
  if (lf === crlf) return fallback;
  return crlf > lf ? '\r\n' : '\n';
}
