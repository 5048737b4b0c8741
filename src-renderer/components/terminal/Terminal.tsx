import '@xterm/xterm/css/xterm.css';
import './terminal.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../src-shared/contract/client';
import { copySelection, type CopyResult } from './clipboard';
import { createXterm, type XtermBundle } from './create-xterm';
import { shortcutOf } from './keys';
import { linkSession } from './link-session';
import { SearchBar } from './SearchBar';
import { registerView } from './views';

export interface TerminalProps {
  sessionId: string;
  api: Api;
  /** False for captured runs (no keystrokes go anywhere). Default true. */
  interactive?: boolean;
  /** Names the view for screen readers, e.g. the session title. */
  label?: string;
}

/**
 * The one terminal view every step uses: a live pty or the streamed output of a
 * captured / elevated run look and behave the same. Mount it with
 * key={sessionId}; it attaches to the session on mount and detaches on unmount.
 */
export function Terminal({ sessionId, api, interactive = true, label }: TerminalProps) {
  const { t } = useTranslation('terminal');
  const host = useRef<HTMLDivElement>(null);
  const xterm = useRef<XtermBundle | null>(null);
  const [searching, setSearching] = useState(false);
  const [hasSelection, setHasSelection] = useState(false);
  const [copyState, setCopyState] = useState<CopyResult | null>(null);

  const copy = useCallback(async () => {
    const x = xterm.current;
    if (!x) return;
    setCopyState(await copySelection(x.term));
  }, []);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const x = createXterm();
    xterm.current = x;
    x.term.open(el);
    safeFit(x);
    x.term.attachCustomKeyEventHandler((e) => {
      const shortcut = shortcutOf(e);
      if (shortcut === 'search') setSearching(true);
      else if (shortcut === 'copy') void copy();
      // false: xterm does not send the key to the shell.
      return shortcut === null;
    });
    const selection = x.term.onSelectionChange(() => {
      setHasSelection(x.term.hasSelection());
      setCopyState(null);
    });
    const link = linkSession(x.term, api, sessionId, { interactive });
    const unregister = registerView(sessionId, x.term);

    // Refit when the panel changes size, at most once per frame.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => safeFit(x));
    });
    observer.observe(el);

    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      unregister();
      selection.dispose();
      link.dispose();
      x.term.dispose();
      xterm.current = null;
    };
  }, [api, sessionId, interactive, copy]);

  const closeSearch = () => {
    setSearching(false);
    xterm.current?.search.clearDecorations();
    xterm.current?.term.focus();
  };

  const find = (query: string, direction: 'next' | 'previous') => {
    const search = xterm.current?.search;
    if (!search) return false;
    return direction === 'next' ? search.findNext(query, { incremental: false }) : search.findPrevious(query);
  };

  return (
    <div className="xterm-view" role="group" aria-label={label ? t('viewLabel', { title: label }) : t('viewLabelPlain')}>
      <div className="xterm-view__toolbar" role="toolbar" aria-label={t('toolbar')}>
        <button type="button" className="button button--small" aria-pressed={searching} aria-keyshortcuts="Control+Shift+F" onClick={() => (searching ? closeSearch() : setSearching(true))}>
          {t('search')}
        </button>
        <button type="button" className="button button--small" disabled={!hasSelection} aria-keyshortcuts="Control+Shift+C" onClick={() => void copy()}>
          {t('copy')}
        </button>
        <span className="xterm-view__status" aria-live="polite">
          {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
      {searching && <SearchBar find={find} onClose={closeSearch} />}
      <div className="xterm-view__screen" ref={host} />
    </div>
  );
}

/** fit() throws while the element is hidden (zero size); the next resize will fit it. */
function safeFit(x: XtermBundle): void {
  try {
    x.fit.fit();
  } catch {
    /* not laid out yet */
  }
}
