import { useTranslation } from 'react-i18next';
import { isBlocking } from '../../store/preflight';
import { featuresOff } from '../../store/steps';
import { usePreflight, useStores } from '../../store';
import { FindingList } from './FindingList';

/**
 * A later step while something earlier stops it: a failure only the user can
 * fix (found by the computer check), or a Windows feature that Install WSL
 * has to turn on first. Says the step is blocked, explains why from the
 * catalog (the cause first), and points back. Nothing when nothing blocks.
 */
export function BlockedByPreflight() {
  const { t } = useTranslation('findings');
  const stores = useStores();
  const report = usePreflight((s) => s.report);
  const blockers = report?.checks.filter(isBlocking) ?? [];
  const off = blockers.length === 0 ? featuresOff(report) : [];
  if (blockers.length === 0 && off.length === 0) return null;
  const byFeature = blockers.length === 0;
  return (
    <section className="blocked" aria-label={t('blocked.title')}>
      <p className="note note--error" role="alert">
        {byFeature ? t('blocked.featureBody') : t('blocked.body')}
      </p>
      <FindingList ids={(byFeature ? off : blockers).flatMap((c) => c.findings)} />
      <button type="button" className="button" onClick={() => stores.steps.getState().go(byFeature ? 'wsl' : 'preflight')}>
        {byFeature ? t('blocked.backWsl') : t('blocked.back')}
      </button>
    </section>
  );
}

/** True while something earlier stops this step (pages hide their actions then). */
export function useBlocked(): boolean {
  return usePreflight((s) => (s.report?.checks.some(isBlocking) ?? false) || featuresOff(s.report).length > 0);
}
