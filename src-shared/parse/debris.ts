/**
 * Remove what surrounds the real output in a paste: terminal escapes,
 * HTML entities (issue trackers escape `>`), markdown, progress bars,
 * curl's transfer table, docker buildkit prefixes.
 */

/** Whole-text cleanup, before splitting into lines. */
export function stripControls(text: string): string {
  return (
    text
      // ANSI CSI and OSC sequences (colours, cursor moves, window titles).
      .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '')
      .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '')
      .replace(/\x1b[@-_]/g, '')
      // Docker and others print "\r\n" escaped inside quoted strings.
      .replace(/\\r\\n/g, '\n')
      .replace(/\r\n/g, '\n')
      // A lone CR is a terminal overwrite (progress bars): each state becomes a line.
      .replace(/\r/g, '\n')
      .replace(/\u0000/g, '')
      // Other C0 controls (backspace spinners, bells) carry nothing.
      .replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u200b-\u200d\u2060]/g, '')
      .replace(/&gt;/g, '>')
      .replace(/&lt;/g, '<')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
  );
}

const PROGRESS_TAIL = /(?:\[|={2,}|^\s+|^)[=\s]*(\d{1,3}(?:[.,]\d+)?)\s*%[=\s]*\]?\s*$/;
const BAR_ONLY = /^\s*\[?[=#\s]{3,}\]?\s*$/;

/** Strip a progress bar from a line; returns the rest and the percentage it showed. */
export function stripProgress(line: string): { line: string; percent: number | null } {
  const m = PROGRESS_TAIL.exec(line);
  // A percentage alone in prose ("used 50%") is not a bar: require bar characters or a lone number.
  if (m && (/[=\]]/.test(m[0]) || line.trim() === m[0].trim())) {
    const percent = Number((m[1] ?? '').replace(',', '.'));
    return { line: line.slice(0, m.index).trimEnd(), percent: Number.isFinite(percent) ? percent : null };
  }
  if (BAR_ONLY.test(line) && /=/.test(line)) return { line: '', percent: null };
  return { line, percent: null };
}

const CURL_HEADER = /^\s*% Total\s+% Received|^\s*Dload\s+Upload\s+Total/;
const CURL_ROW_PREFIX = /^\s*\d[\d.kKMG]*(?:\s+[\d.kKMG]+){5,}\s+(?:(?:--:--:--|\d+:\d\d:\d\d)\s+){3}[\d.kKMG]+/;

/** curl's progress meter: header lines go, and a row glued to an error keeps only the error. */
export function stripCurlMeter(line: string): string {
  if (CURL_HEADER.test(line)) return '';
  const m = CURL_ROW_PREFIX.exec(line);
  if (m) return line.slice(m[0].length).trim();
  return line;
}

/** Markdown and tracker decorations around pasted lines. */
export function stripMarkdown(line: string): string | null {
  // Most lines carry no markdown at all: one scan for its characters decides.
  if (!/[`*!=~]/.test(line)) return line;
  if (/^\s*(?:```|~~~)[\w+-]*\s*$/.test(line)) return null;
  let l = line;
  l = l.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
  l = l.replace(/\*\*(.+?)\*\*/g, '$1').replace(/^(\s*)\*\*|\*\*\s*$/g, '$1');
  // A whole line wrapped in backticks (inline code).
  const wrapped = /^(\s*)`([^`]+)`\s*$/.exec(l);
  if (wrapped) l = (wrapped[1] ?? '') + (wrapped[2] ?? '');
  // docker buildkit log prefix: " => => # "
  l = l.replace(/^\s*(?:=> )+#\s?/, '');
  return l;
}
