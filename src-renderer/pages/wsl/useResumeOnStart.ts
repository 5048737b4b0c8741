import { useEffect, useRef } from 'react';
import { restartDemanded } from '../../../src-shared/checks/windows/reboot-pending';
import { isStepId } from '../../store/steps';
import { useSession, useStores, usePreflight } from '../../store';
import { wslStoreOf } from './store';

/**
 * At start: if main saved a place to resume (a restart in the middle of the
 * journey), open that step. The stored place is only a place: the preflight
 * that runs at every start re-detects the machine, and once it has, and
 * Windows no longer demands a restart (none pending, or the same reason
 * survived the restart: see the reboot-pending check), the stored place is cleared.
 */
export function useResumeOnStart(): void {
  const stores = useStores();
  const info = useSession((s) => s.info);
  const phase = usePreflight((s) => s.phase);
  const report = usePreflight((s) => s.report);
  const started = useRef(false);
  const cleared = useRef(false);

  useEffect(() => {
    if (info === null || started.current) return;
    started.current = true;
    void wslStoreOf(stores)
      .getState()
      .loadResume()
      .then((state) => {
        if (state && isStepId(state.step)) stores.steps.getState().go(state.step);
      });
  }, [info, stores]);

  useEffect(() => {
    const wsl = wslStoreOf(stores).getState();
    if (cleared.current || wsl.resumedFrom === null || phase !== 'done' || report === null) return;
    if (restartDemanded(report.checks)) return;
    cleared.current = true;
    void wsl.finishResume();
  }, [phase, report, stores]);
}
