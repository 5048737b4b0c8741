import type { Terminal } from '@xterm/xterm';

/**
 * The mounted terminal views by session, so support mode can read what the
 * selected session already shows (its whole scrollback, from before support
 * mode was turned on) instead of collecting output of every session itself.
 */
const views = new Map<string, Terminal>();
const listeners = new Set<() => void>();

export function registerView(sessionId: string, term: Terminal): () => void {
  views.set(sessionId, term);
  listeners.forEach((l) => l());
  return () => {
    if (views.get(sessionId) === term) views.delete(sessionId);
    listeners.forEach((l) => l());
  };
}

export function viewOf(sessionId: string): Terminal | undefined {
  return views.get(sessionId);
}

/** Called when a view is mounted or unmounted; returns the unsubscribe function. */
export function onViewsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
