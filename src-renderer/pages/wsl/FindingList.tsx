import { useTranslation } from 'react-i18next';
import { catalogEntryFor } from '../../../src-shared/catalog';
import { fitFixSteps } from '../../../src-shared/catalog/fit-steps';
import { usePreflight } from '../../store';
import type { FindingInfo } from '../../../src-shared/contract/wsl';
import { labelColon } from '../../components/format';

/** Findings in the user's words, from the catalog: what is wrong, why, what to do, and what we saw. */
export function FindingList({ findings }: { findings: readonly Pick<FindingInfo, 'id' | 'evidence'>[] }) {
  const { t, i18n } = useTranslation('wsl');
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  // Steps fitted to this PC (its Windows version's Settings path, its maker's menus first) where the facts allow.
  const pc = usePreflight((s) => s.report?.windows ?? null);
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {findings.map((f) => {
        const entry = catalogEntryFor(f.id, lang);
        return (
          <li key={f.id} className="card finding" aria-label={entry.title}>
            <p>
              <strong className="finding__title">{entry.title}</strong>
            </p>
            <p>
              {t('finding.cause')}
              {labelColon(lang)}
              {entry.cause}
            </p>
            <p>
              {t('finding.fix')}
              {labelColon(lang).trim()}
            </p>
            <ol className="bullets">
              {fitFixSteps(f.id, entry.fix, pc, lang).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <details className="finding__details">
              <summary>{t('finding.details')}</summary>
              <p className="mono muted">{f.id}</p>
              {f.evidence.length > 0 && <p className="mono muted">{t('finding.seen', { evidence: f.evidence.join(' · ') })}</p>}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
