import type { CatalogId } from './ids';

/** What a user reads for one finding, in one language. */
export interface CatalogEntry {
  /** One line: what is wrong. */
  title: string;
  /** Why it happens, in plain words. */
  cause: string;
  /** Steps, in order: what the wizard will do, or what the user must do. */
  fix: string[];
}

export type CatalogWords = Record<CatalogId, CatalogEntry>;

/** One area's share of the words; the language index joins the areas and the compiler checks that none is missing. */
export type AreaWords = Partial<Record<CatalogId, CatalogEntry>>;

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(x: string): x is Lang {
  return (LANGS as readonly string[]).includes(x);
}
