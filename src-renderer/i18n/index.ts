import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../src-shared/contract/define';
import { namespaces, resources } from './resources';

/**
 * A fresh i18next instance with every bundled namespace. Initialised
 * synchronously (resources are in the bundle), so the first render is already
 * in the right language and never suspends.
 */
export function createI18n(lang: Lang, withReact = true): i18n {
  const instance = i18next.createInstance();
  if (withReact) instance.use(initReactI18next);
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    // Without this i18next would also try 'zh' before 'zh-CN' and warn.
    load: 'currentOnly',
    resources,
    ns: [...namespaces],
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    // React escapes what it renders; escaping here too would show &amp; etc.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    // Keep the console for our own messages (tests and e2e read it).
    showSupportNotice: false,
  });
  return instance;
}

/** Keep <html lang> in step so screen readers and CJK font fallback pick the right language. */
export function applyDocumentLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
