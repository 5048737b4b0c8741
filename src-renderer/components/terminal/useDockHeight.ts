import { useEffect, useRef, type RefObject } from 'react';

const KEY = 'gws.terminalDockHeight';

/**
 * Keeps the height the user dragged the dock's body to (CSS resize), across
 * steps and starts, in localStorage. Returns the saved height to start from.
 */
export function useDockHeight(body: RefObject<HTMLElement | null>, shown: boolean): number | undefined {
  const saved = useRef(readSaved());
  useEffect(() => {
    const el = body.current;
    if (!el || !shown || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => {
      const h = Math.round(el.getBoundingClientRect().height);
      // A hidden or not yet laid out body reports 0: nothing the user chose.
      if (h <= 0) return;
      saved.current = h;
      try {
        window.localStorage.setItem(KEY, String(h));
      } catch {
        // Storage may be unavailable (private mode); the size then lasts for this run only.
      }
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [body, shown]);
  return saved.current;
}

function readSaved(): number | undefined {
  try {
    const v = Number(globalThis.localStorage?.getItem(KEY));
    return Number.isFinite(v) && v > 0 ? v : undefined;
  } catch {
    return undefined;
  }
}
