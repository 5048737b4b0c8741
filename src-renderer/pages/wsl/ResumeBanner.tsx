import { useTranslation } from 'react-i18next';
import { restartDemanded } from '../../../src-shared/checks/windows/reboot-pending';
import { usePreflight } from '../../store';
import { useWsl } from './store';

/** After a restart: say where we are and that the machine is being checked again, and whether Windows still wants a restart. */
export function ResumeBanner() {
  const { t } = useTranslation('wsl');
  const resumed = useWsl((s) => s.resumedFrom);
  const report = usePreflight((s) => s.report);
  const phase = usePreflight((s) => s.phase);
  if (!resumed) return null;
  return (
    <section className="banner banner--info" aria-labelledby="resume-title">
      <div className="banner__body">
        <p id="resume-title" className="banner__title">
          {t('resume.title')}
        </p>
        <p>{t('resume.body')}</p>
        {resumed.reason && <p className="muted">{t(`reboot.reason.${resumed.reason}`)}</p>}
        {phase === 'done' && report !== null && restartDemanded(report.checks) && <p className="note note--warn">{t('resume.stillPending')}</p>}
      </div>
    </section>
  );
}
