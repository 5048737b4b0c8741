import type { Lang } from '../../../src-shared/catalog';

/** The catalog language for the UI language (anything but zh-CN reads English). */
export function uiLang(language: string): Lang {
  return language === 'zh-CN' ? 'zh-CN' : 'en';
}
