import type { Rule } from '../types';
import { hit } from './util';

/**
 * The in-box wsl.exe (Windows 10 19041-19045, and the optional component of
 * Windows 11) answers `wsl --install` with nothing but its usage text when the
 * WSL feature is already on: no "invalid option" line, no error code
 * (MicrosoftDocs/WSL#1375, #1408). The words are translated ("Usage:",
 * "用法:" or nothing at all when a paste starts lower), the option names are
 * not, so the usage is recognised by its option list: entries such as
 * `--exec, -e <CommandLine>` (zh-CN writes `--exec、-e`). It is the in-box help
 * when its `--install` knows neither `--no-distribution` nor `--web-download`,
 * which every Store WSL help lists.
 */
const ENTRY = /^\s*(--[a-z][a-z-]*)(?:\s*[,、]\s*-[a-zA-Z])?(?:\s+[<[].*)?\s*$/;
const STORE_ONLY = ['--no-distribution', '--web-download'];

export const inboxUsageOnly: Rule = (ctx) => {
  const options = new Set<string>();
  for (const line of ctx.lines) {
    const m = ENTRY.exec(line);
    if (m?.[1]) options.add(m[1]);
  }
  // The usage's option list: its first entry (--exec) and more, not one option quoted in a sentence.
  if (!options.has('--exec') || options.size < 4) return [];
  if (STORE_ONLY.some((o) => options.has(o))) return [];
  const install = ctx.first(/^\s*--install\b/);
  const triedInstall = ctx.commands.some((c) => /\bwsl(?:\.exe)?\s+--install\b/i.test(c));
  if (!install && !triedInstall) return [];
  return [hit('WSL_INBOX_LEGACY', install ? 0.85 : 0.8, install ?? ctx.first(/^\s*--exec\b/))];
};
