import { stripControls, stripCurlMeter, stripMarkdown, stripProgress } from './debris';
import { decodeInput, type RawInput } from './input';
import { bareCommand, isBanner, promptCommand } from './prompt';
import { resplitCollapsed, unquoteBlock } from './collapsed';
import { splitLongLines } from './long-lines';
import { isNoise } from './noise';
import { collapseBlankLines, joinCharPerLine, unspaceLines } from './unmangle';

export type LineKind = 'text' | 'command' | 'banner';

export interface NormLine {
  /** The line as it reads after cleanup (for commands: the whole prompt line). */
  text: string;
  kind: LineKind;
  /** For command lines: what was typed, without the prompt. */
  command: string | null;
}

export interface NormalizedText {
  lines: NormLine[];
  /** Only the output lines ('text'), joined by \n: what parsers and rules read. */
  text: string;
  /** Percentages of progress bars that were stripped, in order (e.g. [0] = stuck at 0.0 %). */
  progress: number[];
}

/**
 * A collected fixture or a support paste may start with our own metadata block
 * ("source: ... / expect: ... / ---"). It is never machine output; dropping it
 * makes a file and its body diagnose the same.
 */
function stripMetadataHeader(lines: string[]): string[] {
  let i = 0;
  while (i < lines.length && /^(?:source|kind|locale|expect|facts):/.test(lines[i] ?? '')) i++;
  if (i >= 2 && (lines[i] ?? '').trim() === '---') return lines.slice(i + 1);
  return lines;
}

/** Memo: normalising the same object twice (parser + diagnoser) is common. */
const cache = new WeakMap<object, NormalizedText>();

export function isNormalized(input: unknown): input is NormalizedText {
  return typeof input === 'object' && input !== null && 'lines' in input && 'progress' in input && !(input instanceof Uint8Array);
}

/** Decode and clean raw output so every parser sees plain lines. */
export function normalize(input: RawInput | NormalizedText): NormalizedText {
  if (isNormalized(input)) return input;
  if (typeof input !== 'string') {
    const hit = cache.get(input);
    if (hit) return hit;
  }
  // The metadata header goes first: its notes may contain escapes we would otherwise expand.
  const decoded = stripMetadataHeader(decodeInput(input).replace(/\r\n?/g, '\n').split('\n')).join('\n');
  // Lines are bounded before the first pattern runs (long-lines.ts: linear time on any input).
  let raw = splitLongLines(resplitCollapsed(unquoteBlock(stripControls(decoded).split('\n'))));
  // Before trimming: through `more`, a space is a line holding one space.
  raw = joinCharPerLine(raw);
  raw = unspaceLines(raw);
  // After unspacing ("U b u n t u" is text), before the per-line cleanup: binary noise and wrong decodes go here,
  // so no parser or rule ever reads a stray "0x5" in random bytes, and noise costs one scan per line.
  raw = raw.filter((l) => !isNoise(l));
  raw = raw.map((l) => l.replace(/[ \t]+$/, ''));

  const progress: number[] = [];
  const cleaned: string[] = [];
  for (const line of raw) {
    const md = stripMarkdown(line);
    if (md === null) continue;
    const p = stripProgress(md);
    if (p.percent !== null) progress.push(p.percent);
    cleaned.push(stripCurlMeter(p.line).replace(/\t/g, '    ').replace(/\s+$/, ''));
  }

  const lines: NormLine[] = collapseBlankLines(cleaned).map((text) => classify(text));
  const result: NormalizedText = {
    lines,
    text: lines
      .filter((l) => l.kind === 'text')
      .map((l) => l.text)
      .join('\n'),
    progress,
  };
  if (typeof input !== 'string') cache.set(input, result);
  return result;
}

function classify(text: string): NormLine {
  if (isBanner(text)) return { text, kind: 'banner', command: null };
  const prompted = promptCommand(text);
  if (prompted !== null) return { text, kind: 'command', command: prompted };
  const bare = bareCommand(text);
  if (bare !== null) return { text, kind: 'command', command: bare };
  return { text, kind: 'text', command: null };
}

/** Output lines only (no prompts, banners or blanks). */
export function contentLines(n: NormalizedText): string[] {
  return n.lines.filter((l) => l.kind === 'text' && l.text.trim() !== '').map((l) => l.text);
}
