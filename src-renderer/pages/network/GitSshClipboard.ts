export type CopyOutcome = 'copied' | 'copyFailed';

/**
 * Copy through the async Clipboard API (main allows only clipboard-sanitized-write).
 * Any failure, including an API that is not there, tells the user to copy by hand.
 */
export async function copyText(text: string): Promise<CopyOutcome> {
  try {
    if (!globalThis.navigator?.clipboard) return 'copyFailed';
    await globalThis.navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'copyFailed';
  }
}
