import { joinLines, splitLines, type RawLine } from './lines';

/**
 * A lossless reading of a WSL-style INI file (/etc/wsl.conf, %UserProfile%\.wslconfig).
 *
 * Every line keeps its raw text, so serializeIni(parseIni(s)) === s for any s.
 * The meaning we attach follows WSL's own parser (microsoft/WSL
 * src/shared/configfile/configfile.cpp), because what matters is what WSL will
 * do with the file, not what a generic INI library thinks:
 *  - only '#' starts a comment (a ';' line is an invalid line to WSL);
 *  - section and key names are an ASCII letter then letters/digits, matched
 *    case-insensitively; leading spaces/tabs are allowed;
 *  - values drop unescaped quotes, know the escapes \\ \" \b \n \t, end at an
 *    unquoted '#', and continue onto the next line after a trailing backslash;
 *  - the FIRST occurrence of a key wins (later ones only print a warning on
 *    every WSL start). That is why our edits never add a second copy of a key.
 */
export type IniLine =
  | { readonly kind: 'blank'; readonly raw: RawLine }
  | { readonly kind: 'comment'; readonly raw: RawLine }
  | { readonly kind: 'section'; readonly raw: RawLine; readonly name: string }
  | {
      readonly kind: 'entry';
      readonly raw: RawLine;
      /** The section this key is in ('' before any header). */
      readonly section: string;
      readonly key: string;
      readonly value: string;
      /** How many following lines are continuations of this value. */
      readonly continuationLines: number;
    }
  | { readonly kind: 'continuation'; readonly raw: RawLine }
  | { readonly kind: 'invalid'; readonly raw: RawLine; readonly section: string };

export interface IniDocument {
  readonly lines: readonly IniLine[];
}

const isHSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isAlpha = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
const isAlnum = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9]$/.test(c);

export function parseIni(src: string): IniDocument {
  return parseRawLines(splitLines(src));
}

export function serializeIni(doc: IniDocument): string {
  return joinLines(doc.lines.map((l) => l.raw));
}

export function parseRawLines(raws: readonly RawLine[]): IniDocument {
  const lines: IniLine[] = [];
  let section = '';
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawLine;
    // A UTF-8 BOM kept in the text (we decode with ignoreBOM) must not hide the first line's meaning.
    const text = i === 0 && raw.text.startsWith('\uFEFF') ? raw.text.slice(1) : raw.text;
    let p = 0;
    while (isHSpace(text[p])) p++;
    const c = text[p];
    if (c === undefined) {
      lines.push({ kind: 'blank', raw });
    } else if (c === '#') {
      lines.push({ kind: 'comment', raw });
    } else if (c === '[') {
      const name = parseSectionHeader(text, p);
      if (name === null) lines.push({ kind: 'invalid', raw, section });
      else {
        section = name;
        lines.push({ kind: 'section', raw, name });
      }
    } else if (isAlpha(c)) {
      const entry = parseEntry(raws, i, text, p);
      if (!entry) {
        lines.push({ kind: 'invalid', raw, section });
        continue;
      }
      lines.push({ kind: 'entry', raw, section, key: entry.key, value: entry.value, continuationLines: entry.continuationLines });
      for (let k = 1; k <= entry.continuationLines; k++) lines.push({ kind: 'continuation', raw: raws[i + k] as RawLine });
      i += entry.continuationLines;
    } else {
      lines.push({ kind: 'invalid', raw, section });
    }
  }
  return { lines };
}

function parseSectionHeader(text: string, start: number): string | null {
  let p = start + 1;
  if (!isAlpha(text[p])) return null;
  const nameStart = p;
  while (isAlnum(text[p])) p++;
  const name = text.slice(nameStart, p);
  if (text[p] !== ']') return null;
  p++;
  while (isHSpace(text[p])) p++;
  if (p < text.length && text[p] !== '#') return null;
  return name;
}

interface ParsedEntry {
  key: string;
  value: string;
  continuationLines: number;
}

function parseEntry(raws: readonly RawLine[], index: number, firstText: string, start: number): ParsedEntry | null {
  let p = start;
  while (isAlnum(firstText[p])) p++;
  const key = firstText.slice(start, p);
  while (isHSpace(firstText[p])) p++;
  if (firstText[p] !== '=') return null;
  p++;
  while (isHSpace(firstText[p])) p++;

  let value = '';
  let trimmed = 0;
  let inQuote = false;
  let lineIdx = index;
  let text = firstText;
  let continuationLines = 0;
  for (;;) {
    if (p >= text.length) break;
    const ch = text[p] as string;
    if (ch === '"') {
      inQuote = !inQuote;
    } else if (ch === '\\') {
      const next = text[p + 1];
      if (next === undefined) {
        // Backslash at the end of the line: a continuation only when the terminator is a bare LF
        // (WSL reads '\r' after the backslash as an invalid escape).
        const raw = raws[lineIdx] as RawLine;
        if (raw.eol !== '\n') return null;
        const following = raws[lineIdx + 1];
        // Backslash-LF at the very end of the file: WSL continues into EOF, which ends the value.
        if (following === undefined) break;
        lineIdx++;
        continuationLines++;
        text = following.text;
        p = 0;
        continue;
      }
      const mapped = ESCAPES[next];
      if (mapped === undefined) return null;
      value += mapped;
      p += 2;
      trimmed = value.length;
      continue;
    } else if (ch === '#' && !inQuote) {
      break;
    } else {
      value += ch;
    }
    if (!isHSpace(ch)) trimmed = value.length;
    p++;
  }
  if (inQuote) return null;
  return { key, value: value.slice(0, trimmed), continuationLines };
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', b: '\b', n: '\n', t: '\t' };

/** The first entry for section.key (case-insensitive, as WSL matches), restricted to the given line indices. */
export function findEntries(doc: IniDocument, section: string, key: string, include: (lineIndex: number) => boolean = () => true) {
  const found: { index: number; value: string }[] = [];
  doc.lines.forEach((l, index) => {
    if (l.kind !== 'entry' || !include(index)) return;
    if (l.section.toLowerCase() === section.toLowerCase() && l.key.toLowerCase() === key.toLowerCase()) found.push({ index, value: l.value });
  });
  return found;
}

/** Parse a single value the way WSL would, e.g. to compare what we would write with what is there. */
export function parseValueText(valueText: string): string | null {
  const doc = parseIni(`k=${valueText}`);
  const first = doc.lines[0];
  return first && first.kind === 'entry' ? first.value : null;
}
