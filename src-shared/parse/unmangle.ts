/**
 * Undo the ways UTF-16 output gets mangled on its way to a paste
 * (FIELD-NOTES "wsl.exe"): NULs between letters, NULs shown as spaces
 * ("U b u n t u"), one character per line through `more`, and an extra
 * blank line after every line (PowerShell arrays, CRLF read twice).
 */

/** If every other character of the line is a space, return the other half. */
export function unspaceLine(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length < 3) return null;
  for (const q of [0, 1]) {
    let ok = true;
    for (let i = q; i < line.length; i += 2) {
      if (line[i] !== ' ') {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    let kept = '';
    for (let i = 1 - q; i < line.length; i += 2) kept += line[i] ?? '';
    const letters = kept.replace(/\s/g, '');
    // "a b" could be real text; two or more adjacent kept letters cannot be produced
    // by chance in an interleaved line unless it was interleaved.
    if (letters.length >= 2 && /\S\S/.test(kept)) return kept.trimEnd();
  }
  return null;
}

/**
 * Unspace lines that are interleaved. A line alone is trusted when it yields at
 * least four letters; shorter ones only when most lines of the text are interleaved.
 */
export function unspaceLines(lines: string[]): string[] {
  const candidates = lines.filter((l) => l.trim().length >= 3);
  const results = lines.map((l) => unspaceLine(l));
  const interleaved = results.filter((r) => r !== null).length;
  const mostly = candidates.length > 0 && interleaved / candidates.length >= 0.5;
  return lines.map((l, i) => {
    const r = results[i];
    if (r === null || r === undefined) return mostly && l.trim() === '' ? '' : l;
    if (mostly || r.replace(/\s/g, '').length >= 4) return r;
    return l;
  });
}

/**
 * Join runs of one-character lines (output piped through `more`, or a string
 * indexed char by char). A run needs at least 8 such lines, 6 of them non-blank.
 * When blank lines sit between nearly every character they are separators
 * (NULs turned into line breaks) and a double blank is a real line break;
 * otherwise a blank line is a real line break.
 */
export function joinCharPerLine(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && (lines[j] ?? '').length <= 1) j++;
    const run = lines.slice(i, j);
    const nonBlank = run.filter((l) => l.length === 1).length;
    if (run.length >= 8 && nonBlank >= 6) {
      out.push(...joinRun(run, nonBlank));
      i = j;
    } else if (j > i) {
      out.push(...run);
      i = j;
    } else {
      out.push(lines[i] ?? '');
      i++;
    }
  }
  return out;
}

function joinRun(run: string[], nonBlank: number): string[] {
  const blanks = run.length - nonBlank;
  const separated = blanks >= 0.8 * (nonBlank - 1);
  const result: string[] = [];
  let current = '';
  let k = 0;
  while (k < run.length) {
    const l = run[k] ?? '';
    if (l.length === 1) {
      current += l;
      k++;
      continue;
    }
    let n = 0;
    while (k < run.length && (run[k] ?? '').length === 0) {
      n++;
      k++;
    }
    if (!separated || n >= 2) {
      result.push(current);
      current = '';
    }
  }
  if (current !== '') result.push(current);
  return result;
}

/** Collapse runs of blank lines into one: blank lines carry no meaning for us. */
export function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.trim() === '' && out.length > 0 && (out[out.length - 1] ?? '').trim() === '') continue;
    out.push(l.trim() === '' ? '' : l);
  }
  while (out.length > 0 && out[0] === '') out.shift();
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
