import { isParseKind, PARSE_KINDS, type ParseKind } from '../../src-shared/parse/index';
import type { Lang } from '../../src-shared/catalog/index';
import { encodingByName, type TextEncodingName } from '../../src-shared/util/codepages';

/** `go-wsl-doctor` command lines (DOCTOR-CLI.md). A usage error carries its reason for stderr. */
export type DoctorCommand =
  | { cmd: 'explain'; json: boolean; lang: Lang; file: string | null; encoding: TextEncodingName | 'auto' }
  | { cmd: 'parse'; kind: ParseKind; file: string | null; encoding: TextEncodingName | 'auto' }
  | { cmd: 'preset-check'; lang: Lang | 'both'; json: boolean; file: string | null }
  | { cmd: 'preset-winget'; file: string | null; packageId?: string; wizardExe?: string }
  | { cmd: 'help' };

export type ParsedArgs = { ok: true; command: DoctorCommand } | { ok: false; reason: string };

export const USAGE = `Usage:
  go-wsl-doctor explain [--json] [--lang en|zh-CN] [--encoding ENC] [FILE|-]
  go-wsl-doctor parse --kind KIND [--encoding ENC] [FILE|-]
  go-wsl-doctor preset check [--json] [--lang en|zh-CN] FILE|-
  go-wsl-doctor preset winget [--package-id ID] [--wizard-exe PATH] FILE|-

Reads FILE (or standard input with "-" or no FILE): raw output as printed or pasted,
any Windows display language. The encoding is detected: UTF-8, UTF-16LE (with or
without BOM), and the console code pages a "dism ... > out.txt" writes (GBK,
Shift-JIS, CP437, CP850, windows-1252); PowerShell's CLIXML error text is unwrapped.
--encoding (utf8, utf16le, gbk, shift_jis, cp437, cp850, cp1252) skips detection.
KIND: ${Object.keys(PARSE_KINDS).join(', ')}
preset check: is FILE a valid go-wsl-setup.preset/1 (docs/preset.md); each problem with its
JSON path, in en and zh-CN unless --lang picks one. preset winget: the preset as a winget
configuration (configurationVersion 0.2.0) on standard output (docs/preset-winget.md).
Exit codes: 0 when the input was read (preset: and is valid); 2 for a usage error, an
unreadable file, or (preset) an invalid preset, with the reasons.
`;

function langOf(value: string): Lang | null {
  const v = value.toLowerCase();
  if (v === 'en' || v.startsWith('en-')) return 'en';
  if (v === 'zh-cn' || v === 'zh' || v === 'zh-hans' || v === 'zh_cn') return 'zh-CN';
  return null;
}

/** Split "--opt=value" into two tokens so both spellings work. */
function tokens(argv: readonly string[]): string[] {
  return argv.flatMap((a) => (/^--[\w-]+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [sub, ...rest] = tokens(argv);
  if (sub === undefined) return { ok: false, reason: 'missing command (explain, parse or preset)' };
  if (sub === '--help' || sub === '-h' || sub === 'help') return { ok: true, command: { cmd: 'help' } };
  if (sub === 'preset') return parsePresetArgs(rest);
  if (sub !== 'explain' && sub !== 'parse') return { ok: false, reason: `unknown command: ${sub}` };

  let json = false;
  let lang: Lang = 'en';
  let kind: string | null = null;
  let encoding: TextEncodingName | 'auto' = 'auto';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--help' || a === '-h') return { ok: true, command: { cmd: 'help' } };
    if (sub === 'explain' && a === '--json') json = true;
    else if (sub === 'explain' && a === '--lang') {
      const v = rest[++i];
      const l = v === undefined ? null : langOf(v);
      if (!l) return { ok: false, reason: `--lang needs en or zh-CN${v === undefined ? '' : `, not ${v}`}` };
      lang = l;
    } else if (a === '--encoding') {
      const v = rest[++i];
      const e = v === undefined ? null : v === 'auto' ? 'auto' : encodingByName(v);
      if (!e) return { ok: false, reason: `--encoding needs utf8, utf16le, gbk, shift_jis, cp437, cp850 or cp1252${v === undefined ? '' : `, not ${v}`}` };
      encoding = e;
    } else if (sub === 'parse' && a === '--kind') {
      const v = rest[++i];
      if (v === undefined) return { ok: false, reason: '--kind needs a value' };
      kind = v;
    } else if (a.startsWith('-') && a !== '-') return { ok: false, reason: `unknown option for ${sub}: ${a}` };
    else files.push(a);
  }
  if (files.length > 1) return { ok: false, reason: `expected at most one FILE, got ${files.length}` };
  const file = files[0] === undefined || files[0] === '-' ? null : files[0];
  if (sub === 'explain') return { ok: true, command: { cmd: 'explain', json, lang, file, encoding } };
  if (kind === null) return { ok: false, reason: 'parse needs --kind KIND' };
  if (!isParseKind(kind)) return { ok: false, reason: `unknown kind: ${kind} (known: ${Object.keys(PARSE_KINDS).join(', ')})` };
  return { ok: true, command: { cmd: 'parse', kind, file, encoding } };
}

/** `preset check|winget ...`: FILE is required ("-" reads standard input). */
function parsePresetArgs(argv: readonly string[]): ParsedArgs {
  const [action, ...rest] = argv;
  if (action === '--help' || action === '-h') return { ok: true, command: { cmd: 'help' } };
  if (action !== 'check' && action !== 'winget') return { ok: false, reason: action === undefined ? 'preset needs check or winget' : `unknown preset command: ${action}` };
  let lang: Lang | 'both' = 'both';
  let json = false;
  let packageId: string | undefined;
  let wizardExe: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--help' || a === '-h') return { ok: true, command: { cmd: 'help' } };
    if (action === 'check' && a === '--json') json = true;
    else if (action === 'check' && a === '--lang') {
      const v = rest[++i];
      const l = v === undefined ? null : langOf(v);
      if (!l) return { ok: false, reason: `--lang needs en or zh-CN${v === undefined ? '' : `, not ${v}`}` };
      lang = l;
    } else if (action === 'winget' && (a === '--package-id' || a === '--wizard-exe')) {
      const v = rest[++i];
      if (v === undefined) return { ok: false, reason: `${a} needs a value` };
      if (a === '--package-id') packageId = v;
      else wizardExe = v;
    } else if (a.startsWith('-') && a !== '-') return { ok: false, reason: `unknown option for preset ${action}: ${a}` };
    else files.push(a);
  }
  if (files.length !== 1) return { ok: false, reason: `preset ${action} needs exactly one FILE (or - for standard input), got ${files.length}` };
  const file = files[0] === '-' ? null : (files[0] ?? null);
  if (action === 'check') return { ok: true, command: { cmd: 'preset-check', lang, json, file } };
  return { ok: true, command: { cmd: 'preset-winget', file, ...(packageId !== undefined ? { packageId } : {}), ...(wizardExe !== undefined ? { wizardExe } : {}) } };
}
