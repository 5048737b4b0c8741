import type { TFunction } from 'i18next';

/** How one observed value reads: null is "not reported" (never guessed), booleans are Yes/No. */
export function formatValue(v: string | number | boolean | null, t: TFunction, lang: string): string {
  if (v === null) return t('common:value.notReported');
  if (typeof v === 'boolean') return v ? t('common:value.yes') : t('common:value.no');
  // No digit grouping: most numbers here are identifiers (build 22631, not "22,631").
  if (typeof v === 'number') return new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 2 }).format(v);
  return v;
}

/**
 * Raw values Windows and wsl.exe report as identifiers (Edition "Core", feature
 * "Enabled", distro "Stopped", reboot reason "CBS"): each kind has words in
 * common:raw (preflight:feature for feature states). A value with no words yet
 * is shown as it came rather than guessed.
 */
export type RawKind = 'edition' | 'distroState' | 'rebootReason' | 'languageMode' | 'feature';

export function formatRaw(kind: RawKind, v: string | null, t: TFunction, lang: string): string {
  if (v === null) return formatValue(v, t, lang);
  const key = kind === 'feature' ? `preflight:feature.${v}` : `common:raw.${kind}.${v}`;
  return t(key, { defaultValue: v });
}

/** A list the services join with ", " (reboot reasons): each item in words, joined the reader's way. */
export function formatRawList(kind: RawKind, v: string | null, t: TFunction, lang: string): string {
  if (v === null || v === '') return formatValue(null, t, lang);
  return v
    .split(/,\s*/)
    .map((x) => formatRaw(kind, x, t, lang))
    .join(lang === 'zh-CN' ? '、' : ', ');
}

/** Which raw kind a check's observed value is, by its key (see src-shared/checks/windows). */
export const OBSERVED_KINDS: Readonly<Record<string, { kind: RawKind; list?: true }>> = {
  edition: { kind: 'edition' },
  state: { kind: 'feature' },
  reasons: { kind: 'rebootReason', list: true },
  languageMode: { kind: 'languageMode' },
};

/**
 * The colon after a label, in the reader's language: Chinese text takes the
 * full-width '：' with no space after it (a half-width ':' after CJK reads as a typo).
 */
export function labelColon(lang: string): string {
  return lang === 'zh-CN' ? '：' : ': ';
}

/** Bytes as GB with one decimal, in the reader's number format. */
export function formatBytes(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(bytes / 1e9);
}
