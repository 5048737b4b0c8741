import { useTranslation } from 'react-i18next';
import { BlockedByPreflight } from '../components/findings';
import { PageHeading } from '../components/PageHeading';
import { ReinstallChooser } from '../components/support/ReinstallChooser';
import { setReportDialogOpen } from '../components/support/report-dialog-state';
import { useStepStates } from '../components/useStepStates';
import { NextSteps } from './finish/NextSteps';
import { OpenInVsCode } from './finish/OpenInVsCode';
import { StepSummary } from './finish/StepSummary';
import { SavePreset } from './finish/SavePreset';

/** The end of the journey: where each step stands, help (the support report), and setting part of it up again. */
export function FinishPage() {
  const { t } = useTranslation(['finish', 'support', 'preset']);
  // "You are set up" only once Verify proved it (and not after an undo took it away).
  const setUp = useStepStates().finish === 'done';
  return (
    <article className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="page__lead">{t('lead')}</p>
      <BlockedByPreflight />
      <section className="section" aria-labelledby="finish-next">
        <h2 id="finish-next">{t(setUp ? 'next.title' : 'next.titleSoFar')}</h2>
        <NextSteps />
        <OpenInVsCode />
      </section>
      <section className="section" aria-labelledby="finish-steps">
        <h2 id="finish-steps">{t('stepsTitle')}</h2>
        <StepSummary />
      </section>
      <section className="section" aria-labelledby="finish-preset">
        <h2 id="finish-preset">{t('preset:save.title')}</h2>
        <SavePreset />
      </section>
      <section className="section" aria-labelledby="finish-help">
        <h2 id="finish-help">{t('helpTitle')}</h2>
        <p>{t('helpBody')}</p>
        <button type="button" className="button" aria-haspopup="dialog" onClick={() => setReportDialogOpen(true)}>
          {t('makeReport')}
        </button>
      </section>
      <section className="section" aria-labelledby="finish-redo">
        <h2 id="finish-redo">{t('support:reinstall.title')}</h2>
        <ReinstallChooser />
      </section>
    </article>
  );
}
