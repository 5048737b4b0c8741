import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { usePreflight } from '../store';
import { InstallPanel } from './wsl/InstallPanel';
import { ResumeBanner } from './wsl/ResumeBanner';

/** Step 2: install WSL (one elevated action, fallbacks, restart and resume), from the machine as re-detected. */
export function WslPage() {
  const { t } = useTranslation('wsl');
  const phase = usePreflight((s) => s.phase);
  const report = usePreflight((s) => s.report);
  return (
    <article className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="page__lead">{t('intro')}</p>
      <ResumeBanner />
      {phase === 'running' && <p role="status">{t('state.checking')}</p>}
      {report ? <InstallPanel report={report} /> : phase !== 'running' && <p className="muted">{t('state.notChecked')}</p>}
    </article>
  );
}
