import { createRedactor } from '../../../src-shared/report/redact';

/**
 * Support mode masks personal data on screen with the same rules as the
 * report: names learned from the page's own text (a home path, a prompt)
 * are masked wherever they appear. Text nodes are changed in place and
 * restored when the mode is turned off; React writes new text over them
 * as usual and the observer masks that again.
 */
const SKIP = 'script, style, textarea, input, [data-no-mask]';

export function startMasking(root: HTMLElement): () => void {
  const changed = new Map<Text, { original: string; masked: string }>();
  let scheduled = 0;

  const pass = () => {
    scheduled = 0;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      if (t.parentElement?.closest(SKIP)) continue;
      texts.push(t);
    }
    const originalOf = (t: Text) => {
      const known = changed.get(t);
      return known && known.masked === t.nodeValue ? known.original : (t.nodeValue ?? '');
    };
    const redact = createRedactor({ personal: true }, texts.map(originalOf));
    for (const t of texts) {
      const original = originalOf(t);
      const masked = redact(original);
      if (masked !== original) {
        if (t.nodeValue !== masked) t.nodeValue = masked;
        changed.set(t, { original, masked });
      } else changed.delete(t);
    }
  };
  const schedule = () => {
    if (!scheduled) scheduled = requestAnimationFrame(pass);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  pass();

  return () => {
    observer.disconnect();
    if (scheduled) cancelAnimationFrame(scheduled);
    for (const [t, { original, masked }] of changed) if (t.nodeValue === masked) t.nodeValue = original;
    changed.clear();
  };
}
