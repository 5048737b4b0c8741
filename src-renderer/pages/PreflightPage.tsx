import { useTranslation } from 'react-i18next';
import { CheckList } from '../components/CheckList';
import { PreviousSetupBanner } from '../components/support/PreviousSetupBanner';
import { usePrimaryAction } from '../components/footer/usePrimaryAction';
import { PageHeading } from '../components/PageHeading';
import { usePreflight, useStores } from '../store';
import { PreflightSummary } from './preflight/PreflightSummary';
import { ResumeBanner } from './wsl/ResumeBanner';
import { WindowsFactsSection } from './preflight/WindowsFactsSection';
import { WslFactsSection } from './preflight/WslFactsSection';

/** Step 1: the real facts about this computer, from preflight.run, and what they mean. */
export function PreflightPage() {
  const { t } = useTranslation('preflight');
  const stores = useStores();
  const phase = usePreflight((s) => s.phase);
  const report = usePreflight((s) => s.report);
  const error = usePreflight((s) => s.error);
  const running = phase === 'running';
  const run = () => void stores.preflight.getState().run();
  // The lowest-ranked offer: a fix the wizard can make (CheckFix) outranks checking again.
  const runInFooter = usePrimaryAction({ label: t('run'), run, busy: running, rank: 0 });
  return (
    <article className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="page__lead">{t('intro')}</p>
      <ResumeBanner />
      <PreviousSetupBanner />
      <div className="toolbar">
        {!runInFooter && (
          <button type="button" className="button" disabled={running} onClick={run}>
            {t('run')}
          </button>
        )}
        <p className="toolbar__status" role="status" aria-live="polite">
          {running ? t('running') : phase === 'idle' ? t('notRunYet') : ''}
        </p>
      </div>
      {phase === 'error' && error !== null && (
        <p className="note note--error" role="alert">
          {t('failed', { message: error })}
        </p>
      )}
      {report && (
        <div aria-busy={running}>
          <PreflightSummary report={report} />
          <CheckList checks={report.checks} />
          <div className="two-col">
            <WindowsFactsSection w={report.windows} />
            <WslFactsSection wsl={report.wsl} />
          </div>
        </div>
      )}
    </article>
  );
}
