import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../src-shared/contract/client';
import { applyDocumentLang } from './index';
import { isLang, storeLang, type LanguageStorage } from './language';
import type { Lang } from '../../src-shared/contract/define';

/** window.localStorage, or undefined where touching it throws (opaque origins, disabled storage). */
export function browserStorage(): LanguageStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The current UI language and a switch that remembers the user's choice. */
export function useLanguage(api: Api): { lang: Lang; setLang(lang: Lang): void } {
  const { i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const setLang = useCallback(
    (next: Lang) => {
      void i18n.changeLanguage(next);
      storeLang(browserStorage(), next);
      applyDocumentLang(next);
      // Main uses the language for text it produces itself (dialogs, reports).
      // Best effort: the UI has already switched, a failure here changes nothing visible.
      api.invoke('settings.setLanguage', { lang: next }).catch((e: unknown) => {
        console.warn('settings.setLanguage failed', e);
      });
    },
    [i18n, api],
  );
  return { lang, setLang };
}
