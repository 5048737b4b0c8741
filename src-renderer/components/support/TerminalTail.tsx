import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerminal } from '../../store';
import { sessionTitle } from '../terminal/session-title';
import { onViewsChanged, viewOf } from '../terminal/views';
import { bufferTail } from './terminal-tail';

const LINES = 8;

/** The last lines of one session's view, kept current as it writes (at most once per frame). */
function useSessionTail(sessionId: string | null): string[] {
  const [lines, setLines] = useState<string[]>([]);
  // A view mounts after its session appears (and unmounts when it drops out): read again then.
  const [views, setViews] = useState(0);
  useEffect(() => onViewsChanged(() => setViews((n) => n + 1)), []);
  useEffect(() => {
    const term = sessionId === null ? undefined : viewOf(sessionId);
    if (!term) {
      setLines([]);
      return;
    }
    const read = () => setLines(bufferTail(term.buffer.active, LINES));
    read();
    let frame = 0;
    const sub = term.onWriteParsed(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    });
    return () => {
      cancelAnimationFrame(frame);
      sub.dispose();
    };
  }, [sessionId, views]);
  return lines;
}

/**
 * In support mode: the selected Terminal session's last lines in large plain
 * text, so a screenshot shows what ran even when the Terminal is collapsed.
 * It reads that session's own view (its scrollback), so it holds output from
 * before support mode was turned on and never mixes parallel commands.
 * Personal data in it is masked like the rest of the page.
 */
export function TerminalTail() {
  const { t } = useTranslation('support');
  const activeId = useTerminal((s) => s.activeId);
  const session = useTerminal((s) => s.sessions.find((x) => x.sessionId === s.activeId) ?? null);
  // The tab's own words (translated by id), so the tail names the session the way its tab does.
  const title = session === null ? null : sessionTitle(t, session);
  const lines = useSessionTail(activeId);
  // Focusable: it scrolls, and keyboard users must be able to scroll it too (axe: scrollable-region-focusable).
  return (
    <section className="terminal-tail" aria-label={t('tail.title')} tabIndex={0}>
      <h2 className="terminal-tail__title">
        {t('tail.title')}
        {title !== null && <span className="terminal-tail__session">{t('tail.session', { title })}</span>}
      </h2>
      {lines.length === 0 ? <p className="muted">{title === null ? t('tail.empty') : t('tail.noOutput')}</p> : <pre className="terminal-tail__lines">{lines.join('\n')}</pre>}
    </section>
  );
}
