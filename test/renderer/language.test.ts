import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_STORAGE_KEY,
  initialLang,
  langFromOsLocale,
  readStoredLang,
  storeLang,
  type LanguageStorage,
} from '../../src-renderer/i18n/language';

function memoryStorage(init: Record<string, string> = {}): LanguageStorage & { data: Record<string, string> } {
  const data = { ...init };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
  };
}
const throwingStorage: LanguageStorage = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
};

describe('langFromOsLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_TW', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    [' zh-CN ', 'zh-CN'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    // "zu" (Zulu) and made-up tags starting with "zh" letters must not be taken for Chinese.
    ['zu-ZA', 'en'],
    ['zhx', 'en'],
  ])('%j -> %s', (locale, lang) => {
    expect(langFromOsLocale(locale)).toBe(lang);
  });
});

describe('the stored choice', () => {
  it('wins over the OS locale once the user picked a language', () => {
    const s = memoryStorage();
    expect(initialLang('zh-CN', s)).toBe('zh-CN');
    storeLang(s, 'en');
    expect(s.data[LANGUAGE_STORAGE_KEY]).toBe('en');
    expect(initialLang('zh-CN', s)).toBe('en');
  });

  it('ignores values that are not a shipped language', () => {
    expect(readStoredLang(memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'fr' }))).toBeNull();
    expect(initialLang('zh-CN', memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'fr' }))).toBe('zh-CN');
  });

  it('treats unusable storage as "no choice" instead of failing', () => {
    expect(readStoredLang(throwingStorage)).toBeNull();
    expect(() => storeLang(throwingStorage, 'en')).not.toThrow();
    expect(initialLang('en-GB', throwingStorage)).toBe('en');
    expect(initialLang('zh-CN', undefined)).toBe('zh-CN');
  });
});
