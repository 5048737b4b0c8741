import { useTranslation } from 'react-i18next';
import { StepsProgress, TransferProgress } from '../../components/progress';
import { useGo } from '../../store';
import { installSteps, markSteps } from './phases';

/** The running (or last) install: steps done / to do, the download's bytes, rate and ETA. */
export function InstallProgress() {
  const { t } = useTranslation('go');
  const installing = useGo((s) => s.installing);
  const phases = useGo((s) => s.phases);
  const progress = useGo((s) => s.progress);
  const clean = useGo((s) => s.clean);
  const failed = useGo((s) => s.error !== null);
  const done = useGo((s) => s.result !== null);
  if (!installing && phases.length === 0) return null;
  const steps = installSteps(clean.length > 0);
  const marks = markSteps(steps, phases, done ? 'done' : failed && !installing ? 'failed' : 'running');
  return (
    <section className="section card" aria-label={t('progress.heading')}>
      {/* Cancel sits with the running action in the footer, in sight at any scroll. */}
      <h3>{t('progress.heading')}</h3>
      <StepsProgress label={t('progress.steps')} steps={steps.map((id) => ({ id, label: t(`phase.${id}`), mark: marks[id] }))} />
      {progress?.phase === 'download' && <TransferProgress progress={progress} label={t('progress.download')} />}
    </section>
  );
}
