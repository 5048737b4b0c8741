import type { Terminal } from '@xterm/xterm';

export type CopyResult = 'copied' | 'empty' | 'failed';

/** Copy xterm's selection through the async Clipboard API (no execCommand: it is deprecated and CSP-unfriendly). */
export async function copySelection(term: Terminal): Promise<CopyResult> {
  const text = term.getSelection();
  if (text.length === 0) return 'empty';
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
