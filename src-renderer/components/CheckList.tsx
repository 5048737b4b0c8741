import { useTranslation } from 'react-i18next';
import type { Check } from '../../src-shared/contract/preflight';
import { useWsl } from '../pages/wsl/store';
import { isBlocking } from '../store/preflight';
import { CheckItem } from './CheckItem';

const ORDER: Record<Check['status'], number> = { fail: 0, warn: 1, unknown: 2, ok: 3 };

/**
 * The checks, problems first: the user should not have to scroll past green
 * to find red. Checks that passed with nothing to say fold into one line that
 * can be opened; a check a fix just turned green stays out, with its outcome.
 */
export function CheckList({ checks }: { checks: readonly Check[] }) {
  const { t } = useTranslation('preflight');
  const fixedFrom = useWsl((s) => s.fixedFrom);
  // A failure only the user can fix comes before one a later step fixes: it is what stops the journey.
  const rank = (c: Check) => (isBlocking(c) ? -1 : ORDER[c.status]);
  const sorted = [...checks].sort((a, b) => rank(a) - rank(b));
  const quiet = (c: Check) => c.status === 'ok' && c.findings.length === 0 && fixedFrom[c.id] === undefined;
  const shown = sorted.filter((c) => !quiet(c));
  const passed = sorted.filter(quiet);
  return (
    <section className="section" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checks.heading')}</h2>
      {shown.length > 0 && (
        <ul className="checks">
          {shown.map((c) => (
            <CheckItem key={c.id} check={c} />
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <details className="checks-passed">
          <summary>{t('checks.passed', { count: passed.length })}</summary>
          <ul className="checks">
            {passed.map((c) => (
              <CheckItem key={c.id} check={c} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
