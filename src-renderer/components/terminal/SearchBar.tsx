import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchBarProps {
  /** Returns whether a match was found. */
  find(query: string, direction: 'next' | 'previous'): boolean;
  onClose(): void;
}

/** A small find box: Enter = next, Shift+Enter = previous, Escape = close (focus returns to the terminal). */
export function SearchBar({ find, onClose }: SearchBarProps) {
  const { t } = useTranslation('terminal');
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const run = (direction: 'next' | 'previous', q = query) => {
    if (q.length === 0) {
      setMissing(false);
      return;
    }
    setMissing(!find(q, direction));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      run(e.shiftKey ? 'previous' : 'next');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <div className="xterm-search" role="search" aria-label={t('searchRegion')}>
      <input
        ref={input}
        type="search"
        className="xterm-search__input"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={query}
        aria-invalid={missing}
        onChange={(e) => {
          setQuery(e.target.value);
          run('next', e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="button button--small" aria-label={t('previous')} title={t('previous')} onClick={() => run('previous')}>
        ↑
      </button>
      <button type="button" className="button button--small" aria-label={t('next')} title={t('next')} onClick={() => run('next')}>
        ↓
      </button>
      <button type="button" className="button button--small" aria-label={t('closeSearch')} title={t('closeSearch')} onClick={onClose}>
        ×
      </button>
      <span className="xterm-search__status" aria-live="polite">
        {missing ? t('noMatches') : ''}
      </span>
    </div>
  );
}
