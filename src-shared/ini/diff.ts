import { splitLines, type Eol, type RawLine } from './lines';

/**
 * A line diff as data, so the renderer can draw it (colours, CRLF badges, line
 * numbers) and the CLI can print it as a unified diff. Lines compare with their
 * terminators: turning CRLF into LF is a change the user should see.
 */
export interface DiffLine {
  readonly op: 'context' | 'add' | 'remove';
  readonly text: string;
  readonly eol: Eol;
  /** 1-based line numbers; null on the side where the line does not exist. */
  readonly oldLine: number | null;
  readonly newLine: number | null;
}

export interface DiffHunk {
  readonly oldStart: number;
  readonly oldCount: number;
  readonly newStart: number;
  readonly newCount: number;
  readonly lines: readonly DiffLine[];
}

export interface TextDiff {
  readonly identical: boolean;
  readonly added: number;
  readonly removed: number;
  readonly hunks: readonly DiffHunk[];
}

/** Above this many cells the middle is shown as a whole replacement (config files are tiny; this bounds a hostile one). */
const MAX_LCS_CELLS = 4_000_000;

export function diffText(before: string, after: string, context = 3): TextDiff {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const added = ops.filter((o) => o.op === 'add').length;
  const removed = ops.filter((o) => o.op === 'remove').length;
  return { identical: added === 0 && removed === 0, added, removed, hunks: toHunks(ops, context) };
}

const same = (x: RawLine, y: RawLine) => x.text === y.text && x.eol === y.eol;

function diffLines(a: readonly RawLine[], b: readonly RawLine[]): DiffLine[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && same(a[pre] as RawLine, b[pre] as RawLine)) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && same(a[a.length - 1 - suf] as RawLine, b[b.length - 1 - suf] as RawLine)) suf++;

  const out: DiffLine[] = [];
  for (let i = 0; i < pre; i++) out.push(ctx(a[i] as RawLine, i, i));
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  for (const m of middle(midA, midB)) {
    const oi = m.ai === null ? null : m.ai + pre;
    const ni = m.bi === null ? null : m.bi + pre;
    if (oi !== null && ni !== null) out.push(ctx(a[oi] as RawLine, oi, ni));
    else if (oi !== null) out.push({ op: 'remove', text: (a[oi] as RawLine).text, eol: (a[oi] as RawLine).eol, oldLine: oi + 1, newLine: null });
    else if (ni !== null) out.push({ op: 'add', text: (b[ni] as RawLine).text, eol: (b[ni] as RawLine).eol, oldLine: null, newLine: ni + 1 });
  }
  for (let k = 0; k < suf; k++) {
    const oi = a.length - suf + k;
    const ni = b.length - suf + k;
    out.push(ctx(a[oi] as RawLine, oi, ni));
  }
  return out;
}

function ctx(l: RawLine, oi: number, ni: number): DiffLine {
  return { op: 'context', text: l.text, eol: l.eol, oldLine: oi + 1, newLine: ni + 1 };
}

/** Classic LCS table over the (already trimmed) middle; removals are listed before additions. */
function middle(a: readonly RawLine[], b: readonly RawLine[]): { ai: number | null; bi: number | null }[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_LCS_CELLS) {
    return [...a.map((_, i) => ({ ai: i, bi: null })), ...b.map((_, j) => ({ ai: null, bi: j }))];
  }
  const w = m + 1;
  const t = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * w + j] = same(a[i] as RawLine, b[j] as RawLine) ? (t[(i + 1) * w + j + 1] as number) + 1 : Math.max(t[(i + 1) * w + j] as number, t[i * w + j + 1] as number);
    }
  }
  const res: { ai: number | null; bi: number | null }[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i] as RawLine, b[j] as RawLine)) res.push({ ai: i++, bi: j++ });
    else if ((t[(i + 1) * w + j] as number) >= (t[i * w + j + 1] as number)) res.push({ ai: i++, bi: null });
    else res.push({ ai: null, bi: j++ });
  }
  while (i < n) res.push({ ai: i++, bi: null });
  while (j < m) res.push({ ai: null, bi: j++ });
  return res;
}

function toHunks(ops: readonly DiffLine[], context: number): DiffHunk[] {
  const changed = ops.map((o, i) => (o.op === 'context' ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const i of changed) {
    const lo = Math.max(0, i - context);
    const hi = Math.min(ops.length - 1, i + context);
    const last = ranges[ranges.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else ranges.push([lo, hi]);
  }
  return ranges.map(([lo, hi]) => {
    const lines = ops.slice(lo, hi + 1);
    const olds = lines.filter((l) => l.oldLine !== null);
    const news = lines.filter((l) => l.newLine !== null);
    return {
      oldStart: olds[0]?.oldLine ?? startBefore(ops, lo, 'oldLine'),
      oldCount: olds.length,
      newStart: news[0]?.newLine ?? startBefore(ops, lo, 'newLine'),
      newCount: news.length,
      lines,
    };
  });
}

/** Unified-diff convention: an empty side starts at the line before the hunk. */
function startBefore(ops: readonly DiffLine[], lo: number, side: 'oldLine' | 'newLine'): number {
  for (let i = lo - 1; i >= 0; i--) {
    const v = (ops[i] as DiffLine)[side];
    if (v !== null) return v;
  }
  return 0;
}

/** Plain unified diff text (for the doctor CLI and test failure messages). CRs are shown as ␍. */
export function renderUnified(diff: TextDiff, oldName = 'before', newName = 'after'): string {
  if (diff.identical) return '';
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  for (const h of diff.hunks) {
    out.push(`@@ -${h.oldStart},${h.oldCount} +${h.newStart},${h.newCount} @@`);
    for (const l of h.lines) {
      const mark = l.op === 'add' ? '+' : l.op === 'remove' ? '-' : ' ';
      const shownEol = l.eol === '\r\n' ? '␍' : l.eol === '\r' ? '␍(CR only)' : '';
      out.push(mark + l.text + shownEol);
      if (l.eol === '') out.push('\\ No newline at end of file');
    }
  }
  return out.join('\n') + '\n';
}
