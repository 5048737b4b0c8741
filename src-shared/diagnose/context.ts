import { normalize, type NormalizedText } from '../parse/normalize';
import type { RawInput } from '../parse/input';
import { extractCodes, extractWslPaths } from './codes';
import { ERRORISH } from './errorish';
import { mergeFacts } from './facts';
import type { Context, DiagnosisFacts, WslPhase } from './types';

/**
 * The phase of a WSL failure tells which cause is likely (FIELD-NOTES): the
 * Wsl/... path prefix when present, else what the text or the typed command says.
 */
function phaseOf(paths: readonly string[], text: string, commands: readonly string[]): WslPhase {
  const p = paths.join(' ');
  if (/\/InstallDistro\//.test(p)) return 'install';
  if (/\/RegisterDistro\//.test(p)) return 'import';
  if (/\/CreateInstance\//.test(p)) return 'start';
  if (/\/CreateVm\//.test(p)) return 'convert';
  if (/\/(?:UpdatePackage|CallMsi)\//.test(p)) return 'update';
  if (/Wsl ?Register ?Distribution failed/i.test(text)) return 'install';
  const cmd = commands.join('\n');
  if (/Conversion in progress/i.test(text) || /--set-version\b/.test(cmd)) return 'convert';
  if (/--import\b/.test(cmd + text)) return 'import';
  if (/--install\b/.test(cmd)) return 'install';
  if (/--update\b/.test(cmd)) return 'update';
  if (/^(?:wsl|wsl\.exe)(?:\s+(?:-d|--distribution)\s+\S+)?\s*$/im.test(cmd)) return 'start';
  return 'none';
}

/** A typed command line that also carries output: an error word, or prose (a sentence ends and another begins). */
function gluedOutput(line: string): boolean {
  return ERRORISH.test(line) || /\p{Ll}\. \p{Lu}/u.test(line);
}

export function buildContext(text: RawInput | NormalizedText | null | undefined, facts: DiagnosisFacts | null | undefined): Context {
  const n = normalize(text ?? '');
  // Output lines, plus command lines that carry output glued to them (an issue form joined the prompt line and
  // the first line of output: "wsl --install 'wsl' n'est pas reconnu ..."). Noise lines never get here (normalize).
  const rawLines = n.lines
    .filter((l) => l.text.trim() !== '' && (l.kind === 'text' || (l.kind === 'command' && gluedOutput(l.text))))
    .map((l) => l.text);
  // Rules ask "is there a line that ...": a line repeated a thousand times (a retry loop, a progress state) answers
  // the same as once. Distinct lines, first occurrence first, keep the work proportional to what the text says.
  const lines = [...new Set(rawLines)];
  const allLines = n.lines.map((l) => l.text);
  const commands = n.lines.filter((l) => l.kind === 'command').map((l) => l.command ?? '');
  const joined = lines.join('\n');
  const codes = extractCodes(lines);
  const wslPaths = extractWslPaths(lines);
  return {
    source: n,
    lines,
    text: joined,
    commands,
    codes,
    wslPaths,
    phase: phaseOf(wslPaths, joined, commands),
    facts: mergeFacts(n, allLines, lines, facts),
    progress: n.progress,
    first: (re) => lines.find((l) => re.test(l)) ?? null,
    all: (re) => lines.filter((l) => re.test(l)),
    hasCode: (...wanted) => codes.find((c) => wanted.includes(c.code)) ?? null,
  };
}
