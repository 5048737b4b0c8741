import { distroMessagesEn, distroMessagesZhCN } from '../../../src-shared/distro';

/** A reason from the distro logic (key + data) in the UI language; the words live in src-shared/distro/messages.ts. */
export function reasonText(reason: { key: string; params: Record<string, string | number> }, language: string): string {
  const words = (language === 'zh-CN' ? distroMessagesZhCN : distroMessagesEn)[reason.key] ?? distroMessagesEn[reason.key] ?? reason.key;
  return words.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(reason.params[name] ?? ''));
}
