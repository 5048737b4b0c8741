import { useTranslation } from 'react-i18next';
import type { WslActionResult } from '../../../src-shared/contract/wsl';
import { FindingList } from './FindingList';

/** Every command an action ran, in order: what it was, the command line, how it ended, and the diagnosis of a failure. */
export function AttemptList({ result }: { result: WslActionResult }) {
  const { t } = useTranslation('wsl');
  if (result.attempts.length === 0) return null;
  return (
    <section className="section" aria-labelledby={`attempts-${result.action}`}>
      <h3 id={`attempts-${result.action}`}>{t('attempts.heading')}</h3>
      <ol className="attempts">
        {result.attempts.map((a, i) => (
          <li key={`${a.kind}-${i}`} className={`attempt attempt--${a.ok ? 'ok' : 'failed'}`}>
            <p>
              <strong>{t(`attempts.kind.${a.kind}`, { defaultValue: a.kind })}</strong>
              {a.elevated && <span className="tag"> {t('attempts.elevated')}</span>} —{' '}
              {a.ok ? t('attempts.ok') : a.exitCode === null ? t('attempts.noExit') : t('attempts.failed', { code: a.exitCode })}
            </p>
            <p className="mono">{a.command}</p>
            {!a.ok && <FindingList findings={a.findings} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
