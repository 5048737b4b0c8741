import './findings.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogEntryFor } from '../../../src-shared/catalog';
import { uiLang } from './lang';

export interface FindingExplanationProps {
  /** A catalog ID; an unknown one reads as UNKNOWN's words, but the ID shown is still the one given. */
  id: string;
  /** What we saw that led here (lines of output, facts), shown as they came. */
  evidence?: readonly string[];
}

/**
 * One diagnosis in the user's language, from the catalog: what is wrong,
 * why, what to do; the ID a support person looks up and the evidence behind Details.
 */
export function FindingExplanation({ id, evidence = [] }: FindingExplanationProps) {
  const { t, i18n } = useTranslation('findings');
  const entry = catalogEntryFor(id, uiLang(i18n.language));
  const titleId = useId();
  return (
    <section className="card finding" aria-labelledby={titleId} data-finding-id={id}>
      <p className="finding__head">
        <strong id={titleId} className="finding__title">
          {entry.title}
        </strong>
      </p>
      <p>
        <span className="finding__label">{t('cause')}</span> {entry.cause}
      </p>
      <p className="finding__label">{t('fix')}</p>
      <ol className="bullets">
        {entry.fix.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {/* The ID (for a support person) and the raw evidence, behind Details: the cause and the fix come first. */}
      <details className="finding__details">
        <summary>{t('details')}</summary>
        <p className="mono muted finding__id">{id}</p>
        {evidence.length > 0 && (
          <p className="mono muted">
            {t('seen')} {evidence.join(' · ')}
          </p>
        )}
      </details>
    </section>
  );
}
