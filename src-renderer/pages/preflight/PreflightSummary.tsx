import { useTranslation } from 'react-i18next';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { countByStatus } from '../../store/preflight';

/** One sentence on the whole result, worst news first. */
export function PreflightSummary({ report }: { report: PreflightReport }) {
  const { t } = useTranslation('preflight');
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
      <p className="muted">{t('summary.processes', { count: report.processCount })}</p>
    </div>
  );
}
