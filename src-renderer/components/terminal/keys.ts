/** Shortcuts the Terminal takes for itself; everything else goes to the shell (Ctrl+C must stay SIGINT). */
export type TerminalShortcut = 'search' | 'copy' | null;

export function shortcutOf(e: Pick<KeyboardEvent, 'type' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey' | 'key' | 'code'>): TerminalShortcut {
  if (e.type !== 'keydown' || !e.ctrlKey || !e.shiftKey || e.altKey || e.metaKey) return null;
  if (e.code === 'KeyF' || e.key === 'F' || e.key === 'f') return 'search';
  if (e.code === 'KeyC' || e.key === 'C' || e.key === 'c') return 'copy';
  return null;
}
