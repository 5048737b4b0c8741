import { useTranslation } from 'react-i18next';
import { isBlocking } from '../../store/preflight';
import { usePreflight, useStores } from '../../store';
import { FindingList } from './FindingList';

/**
 * A later step while the computer check found something only the user can
 * fix: says the step is blocked, explains why from the catalog, and points
 * back. Renders nothing when nothing blocks.
 */
export function BlockedByPreflight() {
  const { t } = useTranslation('findings');
  const stores = useStores();
  const report = usePreflight((s) => s.report);
  const blockers = report?.checks.filter(isBlocking) ?? [];
  if (blockers.length === 0) return null;
  return (
    <section className="blocked" aria-label={t('blocked.title')}>
      <p className="note note--error" role="alert">
        {t('blocked.body')}
      </p>
      <FindingList ids={blockers.flatMap((c) => c.findings)} />
      <button type="button" className="button" onClick={() => stores.steps.getState().go('preflight')}>
        {t('blocked.back')}
      </button>
    </section>
  );
}

/** True while a blocking preflight failure stands (pages hide their actions then). */
export function useBlocked(): boolean {
  return usePreflight((s) => s.report?.checks.some(isBlocking) ?? false);
}
