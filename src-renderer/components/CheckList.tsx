import { useTranslation } from 'react-i18next';
import type { Check } from '../../src-shared/contract/preflight';
import { CheckItem } from './CheckItem';

const ORDER: Record<Check['status'], number> = { fail: 0, warn: 1, unknown: 2, ok: 3 };

/** The checks, problems first: the user should not have to scroll past green to find red. */
export function CheckList({ checks }: { checks: readonly Check[] }) {
  const { t } = useTranslation('preflight');
  const sorted = [...checks].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return (
    <section className="section" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checks.heading')}</h2>
      <ul className="checks">
        {sorted.map((c) => (
          <CheckItem key={c.id} check={c} />
        ))}
      </ul>
    </section>
  );
}
