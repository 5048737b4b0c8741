import { beginMarker, BLOCK_ID_RE, endMarker, scanBlocks, type BlockError, type BlockLocation } from './blocks';
import { dominantEol, joinLines, splitLines, type RawLine } from './lines';
import { parseRawLines, parseValueText, type IniDocument } from './parse';

/**
 * Make a file carry our settings, in our marked block, without touching a byte
 * of anything else (unless the caller explicitly takes over a key, see below).
 *
 * Because WSL honours the FIRST occurrence of a key, a block that repeated a
 * key the user already set would be ignored and make WSL print a warning on
 * every start. So each wanted setting is classified against the rest of the
 * file (everything outside this block):
 *  - absent      -> written in the block;
 *  - same value  -> "satisfied": nothing written, the user's line does the job;
 *  - other value -> "conflict": left alone and reported (the UI explains it),
 *                   unless the caller lists it in takeOver: then the user's
 *                   line(s) are commented out with a recognisable prefix and
 *                   the block carries our value. That is the only edit outside
 *                   the block, it is shown in the diff, and undo restores it.
 * Applying the result again gives the same bytes (idempotent): the outside
 * text is unchanged, so the classification and the block are unchanged.
 */
export interface Setting {
  readonly section: string;
  readonly key: string;
  /** The value as written after '=' (quotes included where needed). */
  readonly value: string;
}

export interface EnsureOptions {
  readonly blockId: string;
  readonly settings: readonly Setting[];
  /** 'section.key' (any case) whose conflicting lines outside the block may be commented out. */
  readonly takeOver?: readonly string[];
  /** Terminator for a file that has none yet: LF in the distro, CRLF on Windows. */
  readonly fallbackEol: '\n' | '\r\n';
}

export interface SettingState {
  readonly setting: Setting;
  readonly state: 'written' | 'satisfied' | 'conflict' | 'taken-over';
  /** 1-based line of the user's own occurrence, if any (in the input file). */
  readonly line: number | null;
  /** The user's current value (parsed), if any. */
  readonly current: string | null;
}

export type EnsureResult =
  | { readonly ok: true; readonly text: string; readonly changed: boolean; readonly settings: readonly SettingState[] }
  | { readonly ok: false; readonly error: BlockError | { readonly kind: 'bad-setting'; readonly detail: string } };

export const TAKE_OVER_PREFIX = '# go-wsl-setup(off): ';

const NAME_RE = /^[A-Za-z][A-Za-z0-9]*$/;

export function ensureBlock(src: string, options: EnsureOptions): EnsureResult {
  const bad = checkOptions(options);
  if (bad) return { ok: false, error: { kind: 'bad-setting', detail: bad } };
  const lines = splitLines(src);
  const scan = scanBlocks(lines);
  if (!scan.ok) return { ok: false, error: scan.error };
  const own = scan.blocks.find((b) => b.id === options.blockId) ?? null;
  // Classify against the outside text alone: parsing it without our block keeps the
  // answer independent of what the block currently says, which is what makes
  // applying twice give the same bytes.
  const outsideIdx = lines.map((_, i) => i).filter((i) => !own || i < own.begin || i > own.end);
  const outsideLines = outsideIdx.map((i) => lines[i] as RawLine);
  const doc = parseRawLines(outsideLines);
  const takeOver = new Set((options.takeOver ?? []).map((k) => k.toLowerCase()));

  const states: SettingState[] = [];
  const commentOut = new Set<number>();
  for (const setting of options.settings) {
    const occurrences = entriesOf(doc, setting);
    const first = occurrences[0];
    if (!first) {
      states.push({ setting, state: 'written', line: null, current: null });
      continue;
    }
    const line = (outsideIdx[first.index] as number) + 1;
    const wanted = parseValueText(setting.value);
    if (wanted !== null && sameValue(first.value, wanted)) {
      states.push({ setting, state: 'satisfied', line, current: first.value });
    } else if (takeOver.has(`${setting.section}.${setting.key}`.toLowerCase())) {
      for (const o of occurrences) for (let k = 0; k <= o.continuationLines; k++) commentOut.add(outsideIdx[o.index + k] as number);
      states.push({ setting, state: 'taken-over', line, current: first.value });
    } else {
      states.push({ setting, state: 'conflict', line, current: first.value });
    }
  }

  const eol = dominantEol(outsideLines, options.fallbackEol);
  const blockSettings = states.filter((s) => s.state === 'written' || s.state === 'taken-over').map((s) => s.setting);
  const block = blockSettings.length > 0 ? renderBlock(options.blockId, blockSettings, eol) : [];
  const edited = lines.map((l, i) => (commentOut.has(i) ? { text: TAKE_OVER_PREFIX + l.text, eol: l.eol } : l));
  const out = own ? replaceBlock(edited, own, block) : appendBlock(edited, block, eol);
  const text = joinLines(out);
  return { ok: true, text, changed: text !== src, settings: states };
}

function checkOptions(o: EnsureOptions): string | null {
  if (!BLOCK_ID_RE.test(o.blockId)) return 'block id';
  for (const s of o.settings) {
    if (!NAME_RE.test(s.section) || !NAME_RE.test(s.key)) return `name ${s.section}.${s.key}`;
    // A value that WSL would not read back as one value on one line would break idempotence and the file.
    if (/[\r\n]/.test(s.value) || parseValueText(s.value) === null) return `value of ${s.section}.${s.key}`;
  }
  return null;
}

function entriesOf(doc: IniDocument, s: Setting) {
  const out: { index: number; value: string; continuationLines: number }[] = [];
  doc.lines.forEach((l, index) => {
    if (l.kind !== 'entry') return;
    if (l.section.toLowerCase() === s.section.toLowerCase() && l.key.toLowerCase() === s.key.toLowerCase()) {
      out.push({ index, value: l.value, continuationLines: l.continuationLines });
    }
  });
  return out;
}

/** WSL parses booleans case-insensitively; other values are compared exactly. */
export function sameValue(a: string, b: string): boolean {
  const bool = (v: string) => (/^(true|1)$/i.test(v) ? 'T' : /^(false|0)$/i.test(v) ? 'F' : null);
  const ba = bool(a);
  const bb = bool(b);
  if (ba !== null && bb !== null) return ba === bb;
  return a === b;
}

export function renderBlock(id: string, settings: readonly Setting[], eol: '\n' | '\r\n'): RawLine[] {
  const sections: string[] = [];
  for (const s of settings) if (!sections.some((x) => x.toLowerCase() === s.section.toLowerCase())) sections.push(s.section);
  const out: RawLine[] = [{ text: beginMarker(id), eol }];
  sections.forEach((section, n) => {
    if (n > 0) out.push({ text: '', eol });
    out.push({ text: `[${section}]`, eol });
    for (const s of settings) if (s.section.toLowerCase() === section.toLowerCase()) out.push({ text: `${s.key}=${s.value}`, eol });
  });
  out.push({ text: endMarker(id), eol });
  return out;
}

function replaceBlock(lines: readonly RawLine[], own: BlockLocation, block: readonly RawLine[]): RawLine[] {
  const before = lines.slice(0, own.begin);
  const after = lines.slice(own.end + 1);
  return [...before, ...block, ...after];
}

function appendBlock(lines: readonly RawLine[], block: readonly RawLine[], eol: '\n' | '\r\n'): RawLine[] {
  if (block.length === 0) return [...lines];
  const out = [...lines];
  const last = out[out.length - 1];
  if (last) {
    // Terminate the last line. A trailing backslash followed by LF would turn a line WSL
    // rejects (backslash at EOF) into a continuation that swallows what follows; after CR it
    // stays an invalid escape, so the user's line keeps meaning what it meant.
    if (last.eol === '') out[out.length - 1] = { text: last.text, eol: last.text.endsWith('\\') ? '\r\n' : eol };
    // A blank line between the user's text and ours, for readability (and so a trailing '\' continuation ends).
    // After a lone CR the blank line must end in CR too: CR + LF would re-read as one CRLF line.
    if (last.text.trim() !== '') out.push({ text: '', eol: last.eol === '\r' ? '\r' : eol });
  }
  return [...out, ...block];
}

/** Remove our block entirely (used when no setting is wanted any more). Lines we commented out stay commented: undo restores them. */
export function removeBlock(src: string, blockId: string): { ok: true; text: string; changed: boolean } | { ok: false; error: BlockError } {
  const lines = splitLines(src);
  const scan = scanBlocks(lines);
  if (!scan.ok) return { ok: false, error: scan.error };
  const own = scan.blocks.find((b) => b.id === blockId);
  if (!own) return { ok: true, text: src, changed: false };
  const text = joinLines([...lines.slice(0, own.begin), ...lines.slice(own.end + 1)]);
  return { ok: true, text, changed: text !== src };
}
