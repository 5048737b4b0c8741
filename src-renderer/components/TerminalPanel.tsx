import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useStores, useTerminal } from '../store';
import { failedExit, type TerminalSession } from '../store/terminal';
import { Terminal } from './terminal';
import { sessionTitle } from './terminal/session-title';
import { useDockHeight } from './terminal/useDockHeight';

/** Views kept mounted (and so keeping their scrollback) at once; older sessions drop out of the tabs. */
const MOUNTED_VIEWS = 8;

/**
 * The docked terminal: one line saying what runs or how the last command
 * ended, with "Show details" for the output. It opens by itself when a
 * command fails, or when the user opens a shell or picks a tab; otherwise it
 * stays out of the page's way. One tab per session; every recent session
 * keeps its view mounted (hidden while collapsed), so output is never lost.
 */
export function TerminalPanel() {
  const { t } = useTranslation('terminalPanel');
  const stores = useStores();
  const sessions = useTerminal((s) => s.sessions);
  const activeId = useTerminal((s) => s.activeId);
  const opening = useTerminal((s) => s.opening);
  const error = useTerminal((s) => s.error);
  const unsupported = useTerminal((s) => s.unsupported);
  const expanded = useTerminal((s) => s.expanded);
  const active = sessions.find((s) => s.sessionId === activeId) ?? null;
  const mounted = sessions.slice(-MOUNTED_VIEWS);
  const body = useRef<HTMLDivElement>(null);
  const height = useDockHeight(body, expanded);

  useEffect(() => stores.terminal.getState().listen(), [stores]);
  // Keep the active tab in sight when new commands push the list sideways.
  const tabs = useRef<HTMLDivElement>(null);
  useEffect(() => {
    tabs.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [activeId, sessions.length]);

  const running = active !== null && active.exit === null;
  return (
    <section className={`section terminal-panel${expanded ? ' is-expanded' : ''}`} aria-labelledby="terminal-heading">
      <div className="terminal-panel__bar">
        <h2 id="terminal-heading">{t('heading')}</h2>
        <p className="terminal-panel__status" role="status">
          {statusLine(t, active)}
        </p>
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
                <span className={`terminal-tabs__dot terminal-tabs__dot--${sessionState(s)}`} aria-hidden="true" />
                {sessionTitle(t, s)}
                <span className="visually-hidden"> {t(`state.${sessionState(s)}`)}</span>
              </button>
            ))}
          </div>
        )}
        <button
          type="button"
          className="button"
          aria-expanded={expanded}
          aria-controls="terminal-body"
          onClick={() => stores.terminal.getState().setExpanded(!expanded)}
        >
          {expanded ? t('hideDetails') : t('showDetails')}
        </button>
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
      <div aria-live="polite">
        {unsupported && <p className="note">{t('unsupported')}</p>}
        {error && (
          <p className="note note--error" role="alert">
            {t('failed', { message: error })}
          </p>
        )}
        {active?.exit && active.kind === 'pty' && <p className="note">{t('exited', { code: active.exit.exitCode ?? active.exit.signal ?? '?' })}</p>}
      </div>
      {/* Hidden, not unmounted, while collapsed: the views keep their scrollback. The user's drag size is kept. */}
      <div id="terminal-body" className="terminal-panel__view" ref={body} hidden={!expanded} style={height !== undefined ? { height } : undefined}>
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
              label={sessionTitle(t, s)}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

function sessionState(s: TerminalSession): 'running' | 'ok' | 'failed' {
  if (s.exit === null) return 'running';
  return failedExit(s.exit) ? 'failed' : 'ok';
}

/** The one line the collapsed dock shows: what runs now, or how the shown command ended. */
function statusLine(t: TFunction, s: TerminalSession | null): string {
  if (s === null) return t('empty');
  return t(`status.${sessionState(s)}`, { title: sessionTitle(t, s) });
}
