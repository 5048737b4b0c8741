import { normaliseState } from './distro-state';
import { normalize, type NormalizedText } from './normalize';
import type { RawInput } from './input';
import type { ListedDistro, WslListVerbose } from './types';

/**
 * `wsl -l -v` (and plain `wsl -l`). Keyed on structure, not words: a header
 * of three label cells, then rows "[*] NAME STATE VERSION" where VERSION is
 * 1 or 2. Distro names have no spaces; a translated state may ("Wird
 * ausgeführt"), so the state is everything between name and version.
 */
const ROW = /^\s*(\*)?\s*([\p{L}\p{N}_.+~@-]+)\s+(\S.*?)\s+([12])\s*$/u;
/** A line ending in a colon ("Windows Subsystem for Linux Distributions:"), checked at its end only (linear, no backtracking). */
const COLONS = ':\uFF1A\uFE55\uFE13';
function isPlainHeader(line: string): boolean {
  const t = line.trimEnd();
  return t.length > 1 && COLONS.includes(t[t.length - 1] ?? '') && t.trimStart().length > 1;
}
const PLAIN_ROW = /^\s*([\p{L}\p{N}_.+~@-]+)(?:\s+\(([^)]+)\))?\s*$/u;

/** "has no installed distributions" in the languages we know, plus the untranslated error name. */
const NO_DISTROS =
  /has no installed distributions|没有已安装的分发|没有已安装的发行版|沒有已安裝的發行版|keine installierten Distributionen|aucune distribution installée|no tiene distribuciones instaladas|não tem distribuições instaladas|nessuna distribuzione installata|нет установленных дистрибутивов|nie ma zainstalowanych dystrybucji|WSL_E_DEFAULT_DISTRO_NOT_FOUND/i;

interface Found {
  at: number;
  distros: ListedDistro[];
}

function isHeader(line: string): boolean {
  const cells = line.trim().split(/\s+/);
  return cells.length >= 3 && cells.length <= 6 && !/[\d:：*]/.test(line);
}

function rowOf(line: string): { marked: boolean; name: string; state: string; version: number } | null {
  const m = ROW.exec(line);
  if (!m || /[:：]/.test(m[3] ?? '')) return null;
  return { marked: m[1] === '*', name: m[2] ?? '', state: m[3] ?? '', version: Number(m[4]) };
}

function verboseTables(lines: string[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const headed = isHeader(line);
    // A table without its header still counts when a row carries the default marker.
    if (!headed && !/^\s*\*/.test(line)) continue;
    const rows: NonNullable<ReturnType<typeof rowOf>>[] = [];
    let j = headed ? i + 1 : i;
    for (; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim() === '') continue;
      const r = rowOf(l);
      if (!r) break;
      rows.push(r);
    }
    if (rows.length === 0) continue;
    const anyMarked = rows.some((r) => r.marked);
    found.push({
      at: i,
      distros: rows.map((r) => ({
        name: r.name,
        state: normaliseState(r.state),
        version: r.version,
        isDefault: anyMarked ? r.marked : null,
      })),
    });
    i = j - 1;
  }
  return found;
}

function plainLists(lines: string[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isPlainHeader(lines[i] ?? '')) continue;
    const rows: { name: string; marked: boolean }[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim() === '') continue;
      const m = PLAIN_ROW.exec(l);
      if (!m) break;
      rows.push({ name: m[1] ?? '', marked: m[2] !== undefined });
    }
    if (rows.length === 0) continue;
    const anyMarked = rows.some((r) => r.marked);
    found.push({ at: i, distros: rows.map((r) => ({ name: r.name, state: null, version: null, isDefault: anyMarked ? r.marked : null })) });
    i = j - 1;
  }
  return found;
}

export function parseWslListVerbose(input: RawInput | NormalizedText): WslListVerbose {
  const n = normalize(input);
  const lines = n.lines.filter((l) => l.kind === 'text').map((l) => l.text);
  const found = [...verboseTables(lines), ...plainLists(lines)];
  lines.forEach((l, at) => {
    if (NO_DISTROS.test(l)) found.push({ at, distros: [] });
  });
  if (found.length === 0) return { distros: null };
  // The last list printed is the current state (pastes often show before and after).
  found.sort((a, b) => a.at - b.at);
  return { distros: found[found.length - 1]?.distros ?? null };
}
