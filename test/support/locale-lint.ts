/**
 * The rules the locale lint test applies to every user-visible string (issue #15,
 * "Words"). Kept apart from the test so the rules themselves are tested on
 * made-up strings: a rule that can never fire would make the lint pass for nothing.
 */

export interface Hit {
  readonly rule: 'missing' | 'untranslated' | 'half-width-colon' | 'backtick' | 'below-above' | 'jargon';
  readonly key: string;
  readonly lang: 'en' | 'zh-CN';
  readonly value: string;
}

/** One string per key: "ns:path.to.key" or "catalog:ID.fix.0". */
export type Leaves = ReadonlyMap<string, string>;

/**
 * Latin words a zh-CN string may consist of: names of products and settings
 * that are the same in Chinese text (Windows shows "WSL", Go's own docs say
 * "GOPROXY"), and command names a user types as they are. Anything else Latin-only
 * in zh-CN while the English has words was left untranslated.
 */
export const LATIN_NAMES: readonly string[] = [
  'WSL', 'WSL2', 'Go', 'GOPROXY', 'GOSUMDB', 'GOPATH', 'PATH', 'Ubuntu', 'Linux', 'Windows', 'PowerShell',
  'git', 'Git', 'SSH', 'DNS', 'TLS', 'UEFI', 'BIOS', 'VS', 'Code', 'GoLand', 'gopls', 'dlv', 'staticcheck', 'OK',
];

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A CJK character (or CJK punctuation) right before an ASCII colon: zh-CN text uses the full-width '：'. */
const HALF_WIDTH_COLON = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]:/;
const BELOW_ABOVE = { en: /\b(below|above)\b/i, 'zh-CN': /下方|上方|下面|上面/ } as const;

/**
 * Words for a helper, not for the first sentence a beginner reads (issue #15):
 * script names, exit codes, error-code identifiers, "atomic", "processes",
 * Windows' registry reasons and raw setting names. They may follow later, in details.
 */
const JARGON = /\.sh\b|\bexit(?:ed)? (?:code|with)|退出码|\batomic\b|原子|\bCBS\b|PendingFileRename|HTTP\(S\)_PROXY|\b[A-Z]+_[A-Z_]{3,}\b|\bEdition: |\bprocess(?:es)?\b|进程/;

/**
 * A string's first sentence: up to a full stop followed by a space (so "go-detect.sh"
 * is one word) or a Chinese full stop. A command in “quotes” is for typing, as it is.
 */
export function firstSentence(s: string): string {
  return (s.split(/(?<=[.!?])\s+|(?<=[。！？])/)[0] ?? s).replace(/“[^”]*”/g, '“”');
}

/** What is left of a zh-CN string once placeholders, paths, URLs, numbers and allowed names are taken out. */
function latinWords(s: string): string[] {
  const names = new Set(LATIN_NAMES);
  const stripped = s
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|\s)[~/$%.][^\s]*/g, ' ');
  return (stripped.match(/[A-Za-z][A-Za-z0-9_+#-]*/g) ?? []).filter((w) => !names.has(w));
}

/** Does this English string carry words a reader needs translated (not only names, placeholders and codes)? */
function hasWords(s: string): boolean {
  return latinWords(s).some((w) => /[a-z]/.test(w) && w.length > 1);
}

/**
 * `detailKeys`: strings that are themselves a detail line (the terminal's own
 * "exit code N" line, an attempt's exit code), where the jargon is the point.
 */
export function lintLocales(en: Leaves, zh: Leaves, detailKeys: ReadonlySet<string> = new Set()): Hit[] {
  const hits: Hit[] = [];
  for (const [key, value] of en) if (!zh.has(key)) hits.push({ rule: 'missing', key, lang: 'zh-CN', value });
  for (const [key, value] of zh) if (!en.has(key)) hits.push({ rule: 'missing', key, lang: 'en', value });
  for (const [lang, leaves] of [['en', en], ['zh-CN', zh]] as const) {
    for (const [key, value] of leaves) {
      if (value.includes('`')) hits.push({ rule: 'backtick', key, lang, value });
      if (BELOW_ABOVE[lang].test(value)) hits.push({ rule: 'below-above', key, lang, value });
      if (lang === 'zh-CN' && HALF_WIDTH_COLON.test(value)) hits.push({ rule: 'half-width-colon', key, lang, value });
      if (!detailKeys.has(key) && JARGON.test(firstSentence(value))) hits.push({ rule: 'jargon', key, lang, value });
    }
  }
  for (const [key, value] of zh) {
    const english = en.get(key);
    if (english !== undefined && !CJK.test(value) && hasWords(english) && latinWords(value).length > 0) {
      hits.push({ rule: 'untranslated', key, lang: 'zh-CN', value });
    }
  }
  return hits;
}

/** Every leaf of a nested strings object as prefix.path -> string (array items get their index). */
export function flattenStrings(tree: unknown, prefix: string, out = new Map<string, string>()): Map<string, string> {
  if (typeof tree === 'string') {
    out.set(prefix, tree);
    return out;
  }
  if (tree !== null && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree)) flattenStrings(v, `${prefix}.${k}`, out);
  }
  return out;
}
