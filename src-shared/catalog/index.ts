import { bundleEn } from './en/bundle';
import { editorEn } from './en/editor';
import { goEn } from './en/go';
import { networkEn } from './en/network';
import { windowsEn } from './en/windows';
import { wslEn } from './en/wsl';
import { CATALOG_IDS, isCatalogId, type CatalogId } from './ids';
import type { CatalogEntry, CatalogWords, Lang } from './types';
import { bundleZh } from './zh-CN/bundle';
import { editorZh } from './zh-CN/editor';
import { goZh } from './zh-CN/go';
import { networkZh } from './zh-CN/network';
import { windowsZh } from './zh-CN/windows';
import { wslZh } from './zh-CN/wsl';

export * from './ids';
export * from './types';

/** Typed as the full record: the compiler refuses a language that misses an ID. */
const en: CatalogWords = { ...windowsEn, ...wslEn, ...goEn, ...networkEn, ...editorEn, ...bundleEn };
const zhCN: CatalogWords = { ...windowsZh, ...wslZh, ...goZh, ...networkZh, ...editorZh, ...bundleZh };

export const CATALOG: Readonly<Record<Lang, CatalogWords>> = { en, 'zh-CN': zhCN };

export function catalogEntry(id: CatalogId, lang: Lang): CatalogEntry {
  return CATALOG[lang][id];
}

/** For data from outside (reports, IPC): unknown IDs read as UNKNOWN rather than crash. */
export function catalogEntryFor(id: string, lang: Lang): CatalogEntry {
  return CATALOG[lang][isCatalogId(id) ? id : 'UNKNOWN'];
}

export { CATALOG_IDS };
