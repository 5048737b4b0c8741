import enCommon from '../../src-renderer/i18n/locales/en/common.json';
import enPreflight from '../../src-renderer/i18n/locales/en/preflight.json';
import enSteps from '../../src-renderer/i18n/locales/en/steps.json';
import enTerminal from '../../src-renderer/i18n/locales/en/terminalPanel.json';
import zhCommon from '../../src-renderer/i18n/locales/zh-CN/common.json';
import zhPreflight from '../../src-renderer/i18n/locales/zh-CN/preflight.json';
import zhSteps from '../../src-renderer/i18n/locales/zh-CN/steps.json';
import zhTerminal from '../../src-renderer/i18n/locales/zh-CN/terminalPanel.json';

/**
 * The UI's own strings, so page objects find controls by the names users see
 * in either language without copying text into the tests.
 */
export const STRINGS = {
  en: { common: enCommon, preflight: enPreflight, steps: enSteps, terminal: enTerminal },
  'zh-CN': { common: zhCommon, preflight: zhPreflight, steps: zhSteps, terminal: zhTerminal },
} as const;

export type UiLang = keyof typeof STRINGS;
export type StepName = keyof typeof enSteps.names;
export type StepState = keyof typeof enSteps.state;

/** Escape text for use inside a RegExp (names are matched as prefixes). */
export function literal(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** A RegExp matching exactly this text (trimmed), for filters that would otherwise match substrings. */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}
