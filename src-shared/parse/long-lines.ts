/**
 * Cut very long lines before any pattern sees them. Real pastes have them
 * (an issue form collapsing newlines, minified JSON, a progress bar that never
 * ends its line), and every per-line pattern costs at least the line's length
 * at each start position it tries; bounded pieces keep the whole diagnosis
 * linear in the input. Cuts fall on whitespace where there is some near the
 * limit, so a code (0x80370102, Wsl/Service/...) is never split; a run with no
 * whitespace at all (binary noise, base64) is cut at a punctuation boundary
 * or, failing that, hard at the limit.
 */
export const MAX_LINE = 1000;

/** How far back from the limit we look for a gentle place to cut. */
const LOOK_BACK = 200;

function cutAt(line: string, from: number): number {
  const limit = from + MAX_LINE;
  for (let i = limit; i > limit - LOOK_BACK; i--) if (line[i] === ' ' || line[i] === '\t') return i;
  for (let i = limit; i > limit - LOOK_BACK; i--) if (/[,;|)\]}>]/.test(line[i] ?? '')) return i + 1;
  return limit;
}

export function splitLongLine(line: string): string[] {
  if (line.length <= MAX_LINE) return [line];
  const out: string[] = [];
  let from = 0;
  while (line.length - from > MAX_LINE) {
    const at = cutAt(line, from);
    out.push(line.slice(from, at));
    from = at;
    while (line[from] === ' ' || line[from] === '\t') from++;
  }
  if (from < line.length) out.push(line.slice(from));
  return out;
}

export function splitLongLines(lines: readonly string[]): string[] {
  if (lines.every((l) => l.length <= MAX_LINE)) return [...lines];
  return lines.flatMap(splitLongLine);
}
