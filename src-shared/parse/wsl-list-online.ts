import { normalize, type NormalizedText } from './normalize';
import type { RawInput } from './input';
import type { OnlineDistro, WslListOnline } from './types';

/**
 * `wsl --list --online`: an intro sentence, then a two-column table
 * "NAME  FRIENDLY NAME". Friendly names contain spaces, so columns are split
 * at the header's second column when we have it, else at the first run of
 * two or more spaces. The header is the first table line whose letters are
 * all upper case (distro rows never are) or that has no ASCII distro name.
 */
const ROW = /^\s*(\*)?\s*([\p{L}\p{N}_.+~@-]+)(?:\s{2,}(\S.*?))?\s*$/u;

function isHeaderLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && /\s{2,}/.test(line.trim());
}

export function parseWslListOnline(input: RawInput | NormalizedText): WslListOnline {
  const n = normalize(input);
  const lines = n.lines.filter((l) => l.kind === 'text').map((l) => l.text);
  const headerAt = lines.findIndex((l) => isHeaderLine(l) && /\s{2,}\S/.test(l.trim()));
  if (headerAt < 0) return { distros: null };
  const header = lines[headerAt] ?? '';
  const secondCol = /\S\s{2,}(?=\S)/.exec(header);
  const splitAt = secondCol ? secondCol.index + secondCol[0].length : -1;
  const distros: OnlineDistro[] = [];
  for (const line of lines.slice(headerAt + 1)) {
    if (line.trim() === '') continue;
    let name: string | null = null;
    let friendly: string | null = null;
    if (splitAt > 0 && line.length > splitAt && line[splitAt - 1] === ' ' && /^\s*\*?\s*\S+\s*$/.test(line.slice(0, splitAt))) {
      name = line.slice(0, splitAt).replace('*', '').trim();
      friendly = line.slice(splitAt).trim() || null;
    } else {
      const m = ROW.exec(line);
      if (m) {
        name = m[2] ?? null;
        friendly = m[3]?.trim() ?? null;
      }
    }
    if (name === null || !/^[\p{L}\p{N}_.+~@-]+$/u.test(name)) break;
    distros.push({ name, friendlyName: friendly });
  }
  return { distros };
}
