import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores, useTerminal } from '../store';
import { Terminal } from './terminal';

/** Views kept mounted (and so keeping their scrollback) at once; older sessions drop out of the tabs. */
const MOUNTED_VIEWS = 8;

/**
 * The live terminal region: one tab per session (commands the app runs and
 * shells the user opens). Every recent session keeps its view mounted, so
 * switching tabs never loses output and a quick run never tears a view down
 * mid-start; only the active one is visible.
 */
export function TerminalPanel() {
  const { t } = useTranslation('terminalPanel');
  const stores = useStores();
  const sessions = useTerminal((s) => s.sessions);
  const activeId = useTerminal((s) => s.activeId);
  const opening = useTerminal((s) => s.opening);
  const error = useTerminal((s) => s.error);
  const unsupported = useTerminal((s) => s.unsupported);
  const active = sessions.find((s) => s.sessionId === activeId) ?? null;
  const mounted = sessions.slice(-MOUNTED_VIEWS);

  useEffect(() => stores.terminal.getState().listen(), [stores]);
  // Keep the active tab in sight when new commands push the list sideways.
  const tabs = useRef<HTMLDivElement>(null);
  useEffect(() => {
    tabs.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [activeId, sessions.length]);

  const running = active !== null && active.exit === null;
  return (
    <section className="section terminal-panel" aria-labelledby="terminal-heading">
      <div className="section__head">
        <h2 id="terminal-heading">{t('heading')}</h2>
        {running && active.kind === 'pty' ? (
          <button type="button" className="button" onClick={() => void stores.terminal.getState().close(active.sessionId)}>
            {t('close')}
          </button>
        ) : (
          <button type="button" className="button" disabled={opening || unsupported} onClick={() => void stores.terminal.getState().openShell()}>
            {opening ? t('opening') : t('open')}
          </button>
        )}
      </div>
      <p className="muted">{t('intro')}</p>
      <div aria-live="polite">
        {unsupported && <p className="note">{t('unsupported')}</p>}
        {error && (
          <p className="note note--error" role="alert">
            {t('failed', { message: error })}
          </p>
        )}
        {active?.exit && active.kind === 'pty' && <p className="note">{t('exited', { code: active.exit.exitCode ?? active.exit.signal ?? '?' })}</p>}
      </div>
      {mounted.length > 1 && (
        <div className="terminal-tabs" role="tablist" aria-label={t('tabs')} ref={tabs}>
          {mounted.map((s) => (
            <button
              key={s.sessionId}
              type="button"
              role="tab"
              id={`terminal-tab-${s.sessionId}`}
              aria-selected={s.sessionId === activeId}
              aria-controls={`terminal-view-${s.sessionId}`}
              className="terminal-tabs__tab"
              onClick={() => stores.terminal.getState().select(s.sessionId)}
            >
              <span className={`terminal-tabs__dot terminal-tabs__dot--${s.exit === null ? 'running' : s.exit.exitCode === 0 ? 'ok' : 'failed'}`} aria-hidden="true" />
              {s.title}
              <span className="visually-hidden">
                {' '}
                {s.exit === null ? t('state.running') : s.exit.exitCode === 0 ? t('state.ok') : t('state.failed')}
              </span>
            </button>
          ))}
        </div>
      )}
      <div className="terminal-panel__view">
        {mounted.length === 0 && <p className="terminal-panel__empty">{t('empty')}</p>}
        {mounted.map((s) => (
          <div
            key={s.sessionId}
            id={`terminal-view-${s.sessionId}`}
            role={mounted.length > 1 ? 'tabpanel' : undefined}
            aria-labelledby={mounted.length > 1 ? `terminal-tab-${s.sessionId}` : undefined}
            className={`terminal-panel__layer${s.sessionId === activeId ? ' terminal-panel__layer--active' : ''}`}
            hidden={s.sessionId !== activeId}
          >
            <Terminal
              sessionId={s.sessionId}
              api={stores.api}
              // Not tied to `exit`: a changed prop rebuilds the view, and the user
              // should still read (and copy) the output after the shell ended.
              interactive={s.kind === 'pty'}
              label={s.title}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
