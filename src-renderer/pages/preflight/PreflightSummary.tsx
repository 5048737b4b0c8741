import { useTranslation } from 'react-i18next';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { catalogEntryFor } from '../../../src-shared/catalog';
import { uiLang } from '../../components/findings/lang';
import { countByStatus, isBlocking } from '../../store/preflight';

/** One sentence on the whole result, worst news first. */
export function PreflightSummary({ report }: { report: PreflightReport }) {
  const { t, i18n } = useTranslation('preflight');
  const counts = countByStatus(report);
  const tone = counts.blocking > 0 ? 'fail' : counts.fixable + counts.warn > 0 ? 'warn' : 'ok';
  const text =
    counts.blocking > 0
      ? t('summary.someFail', { count: counts.blocking })
      : counts.fixable > 0
        ? t('summary.someFixable', { count: counts.fixable })
        : counts.warn > 0
          ? t('summary.someWarn', { count: counts.warn })
          : t('summary.allOk');
  return (
    <div className={`summary summary--${tone}`}>
      <p className="summary__main">
        <strong>{t('summary.label')}:</strong> {text}
      </p>
      {/* The cause first: what stops the journey, named in the catalog's words before anything else. */}
      {counts.blocking > 0 && (
        <ul className="summary__causes">
          {[...new Set(report.checks.filter(isBlocking).flatMap((c) => c.findings.slice(0, 1)))].map((id) => (
            <li key={id}>
              <strong className="finding__title">{catalogEntryFor(id, uiLang(i18n.language)).title}</strong>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('summary.processes', { count: report.processCount })}</p>
    </div>
  );
}
