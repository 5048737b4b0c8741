import type { Lang } from '../../src-shared/contract/define';

/** The languages the UI ships in; the contract's Lang is the single list. */
export const LANGUAGES: readonly Lang[] = ['en', 'zh-CN'];

/** Where the user's explicit choice is kept; absent means "follow the OS". */
export const LANGUAGE_STORAGE_KEY = 'go-wsl-setup.language';

/** The slice of Web Storage we use, so tests can pass an in-memory map. */
export interface LanguageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Any Chinese OS locale (zh, zh-CN, zh-Hans-CN, zh_TW ...) gets the Chinese UI; everything else English. */
export function langFromOsLocale(osLocale: string): Lang {
  return /^zh(?:[-_]|$)/i.test(osLocale.trim()) ? 'zh-CN' : 'en';
}

/** The stored choice, if it is a language we still ship. Storage can throw (disabled, sandboxed): treat as unset. */
export function readStoredLang(storage: LanguageStorage | undefined): Lang | null {
  try {
    const v = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

export function storeLang(storage: LanguageStorage | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // The choice then lasts only for this session; not worth bothering the user about.
  }
}

/** The user's explicit choice wins over the OS locale. */
export function initialLang(osLocale: string, storage: LanguageStorage | undefined): Lang {
  return readStoredLang(storage) ?? langFromOsLocale(osLocale);
}
