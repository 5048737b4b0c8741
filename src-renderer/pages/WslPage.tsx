import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { usePrimaryAction } from '../components/footer/usePrimaryAction';
import { usePreflight, useStores } from '../store';
import { InstallPanel } from './wsl/InstallPanel';
import { ResumeBanner } from './wsl/ResumeBanner';

/** Step 2: install WSL (one elevated action, fallbacks, restart and resume), from the machine as re-detected. */
export function WslPage() {
  const { t } = useTranslation('wsl');
  const phase = usePreflight((s) => s.phase);
  const report = usePreflight((s) => s.report);
  const stores = useStores();
  const tp = useTranslation('preflight').t;
  // The last resort when nothing on this page can be pressed (the user fixed something by hand): look again.
  // Its rank is the lowest, so a real action here always wins; it has no copy on the page.
  usePrimaryAction({ label: tp('run'), run: () => void stores.preflight.getState().run(), busy: phase === 'running', rank: -1 });
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
