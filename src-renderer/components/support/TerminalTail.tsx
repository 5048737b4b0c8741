import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../store';
import { appendBounded, tailLines } from './terminal-tail';

/**
 * In support mode: the Terminal's last lines in large plain text, so a
 * screenshot shows what ran even when the Terminal itself is scrolled away
 * or too small to read. It listens to the same output events the Terminal
 * gets; personal data in it is masked like the rest of the page.
 */
export function TerminalTail() {
  const { t } = useTranslation('support');
  const { api } = useStores();
  const [buffer, setBuffer] = useState('');
  useEffect(() => {
    // Batches end on whole characters, so each decodes on its own.
    const utf8 = new TextDecoder();
    return api.on('terminal.data', ({ data }) => setBuffer((b) => appendBounded(b, utf8.decode(data))));
  }, [api]);
  const lines = tailLines(buffer, 8);
  return (
    <section className="terminal-tail" aria-label={t('tail.title')}>
      <h2 className="terminal-tail__title">{t('tail.title')}</h2>
      {lines.length === 0 ? <p className="muted">{t('tail.empty')}</p> : <pre className="terminal-tail__lines">{lines.join('\n')}</pre>}
    </section>
  );
}
