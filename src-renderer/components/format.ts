import type { TFunction } from 'i18next';

/** How one observed value reads: null is "not reported" (never guessed), booleans are Yes/No. */
export function formatValue(v: string | number | boolean | null, t: TFunction, lang: string): string {
  if (v === null) return t('common:value.notReported');
  if (typeof v === 'boolean') return v ? t('common:value.yes') : t('common:value.no');
  // No digit grouping: most numbers here are identifiers (build 22631, not "22,631").
  if (typeof v === 'number') return new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 2 }).format(v);
  return v;
}

/** Bytes as GB with one decimal, in the reader's number format. */
export function formatBytes(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(bytes / 1e9);
}
