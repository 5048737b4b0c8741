import type { LocalizedText } from '../../src-shared/contract/app';
import { isLang } from '../i18n/language';

/** Text that main already provides in both languages (machine titles): pick the UI's language. */
export function pickLocalized(text: LocalizedText, uiLang: string): string {
  return isLang(uiLang) ? text[uiLang] : text.en;
}
