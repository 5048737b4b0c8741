/**
 * "Label: value" lines in any display language. Windows localises the label
 * and sometimes the colon: full-width `：` (zh-CN), small `﹕` (U+FE55, one
 * build), a space before it (French ` :`), or none of the usual spacing.
 */
export const COLON_CLASS = '[:\\uFF1A\\uFE55\\uFE13]';
const LABEL_VALUE = new RegExp(`^\\s*([^:\\uFF1A\\uFE55\\uFE13]*?[^\\s:\\uFF1A\\uFE55\\uFE13])\\s*${COLON_CLASS}\\s*(.*?)\\s*$`);

export interface LabelValue {
  label: string;
  value: string;
}

/** Split at the first colon of any kind; null when the line has none. */
export function splitLabel(line: string): LabelValue | null {
  const m = LABEL_VALUE.exec(line);
  if (!m) return null;
  return { label: (m[1] ?? '').trim(), value: (m[2] ?? '').trim() };
}

/** Yes/No as Windows prints them in its display languages (systeminfo, Get-ComputerInfo). */
const YES = new Set(['yes', 'true', 'ja', 'oui', 'sí', 'si', 'sim', 'да', 'tak', 'ano', 'igen', 'evet', 'kyllä', 'nai', 'ναι', 'はい', '예', '是', '是的', '有', 'ใช่', 'có', 'jah', 'taip', 'jā', 'da', 'po', 'כן', 'نعم', 'áno', 'igen']);
const NO = new Set(['no', 'false', 'nein', 'non', 'não', 'nao', 'нет', 'nie', 'ne', 'nem', 'hayır', 'nej', 'ei', 'όχι', 'いいえ', '아니요', '아니오', '否', '不', '无', 'ไม่', 'không', 'nee', 'nu', 'não', 'לא', 'لا', 'jo']);

/** true / false for a localised yes/no, null for anything else (never guessed). */
export function yesNo(value: string): boolean | null {
  const v = value.trim().replace(/[*.。]+$/g, '').replace(/^\*+/, '').trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}
