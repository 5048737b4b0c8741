import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores, useTerminal } from '../store';
import { Terminal } from './terminal';

/**
 * The live terminal region: follows sessions the app starts (captured runs)
 * and lets the user open a shell. The xterm view itself is components/terminal/;
 * it is keyed by session so each session gets a fresh view.
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

  useEffect(() => stores.terminal.getState().listen(), [stores]);

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
          <button
            type="button"
            className="button"
            disabled={opening || unsupported}
            onClick={() => void stores.terminal.getState().openShell()}
          >
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
        {active?.exit && <p className="note">{t('exited', { code: active.exit.exitCode ?? active.exit.signal ?? '?' })}</p>}
      </div>
      <div className="terminal-panel__view">
        {active ? (
          <Terminal
            key={active.sessionId}
            sessionId={active.sessionId}
            api={stores.api}
            // Not tied to `exit`: a changed prop rebuilds the view, and the user
            // should still read (and copy) the output after the shell ended.
            interactive={active.kind === 'pty'}
            label={active.title}
          />
        ) : (
          <p className="terminal-panel__empty">{t('empty')}</p>
        )}
      </div>
    </section>
  );
}
