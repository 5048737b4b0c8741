import { useEffect, useRef, useState } from 'react';
import { STEP_IDS } from '../../store/steps';
import { primaryOf, type PrimaryAction } from '../../store/primary';
import { usePrimary, useSteps, useStores } from '../../store';
import { useStepStates } from '../useStepStates';
import { earlierStepToFinish, slotTakesPageAction } from './footer-action';

let owners = 0;

/**
 * Offers this part of the page's action as the step's main one. Returns true
 * while the footer shows it (the caller then shows no copy of its own);
 * false when another offer outranks it, the step is done (Next is the main
 * action then) or an earlier step is not done (going there is), and the
 * caller shows its button as a plain secondary one.
 * Null withdraws the offer. Before any effect ran (a server render), false.
 */
export function usePrimaryAction(action: PrimaryAction | null): boolean {
  const stores = useStores();
  const step = useSteps((s) => s.current);
  const [owner] = useState(() => ++owners);
  // The handler changes every render; the footer calls the latest one.
  const run = useRef(action?.run);
  run.current = action?.run;
  const key = action === null ? null : JSON.stringify([action.label, action.disabled, action.busy, action.status, action.taskId, action.rank, action.opensDialog]);
  useEffect(() => {
    if (action === null || key === null) {
      stores.primary.getState().withdraw(owner);
      return;
    }
    stores.primary.getState().offer(owner, step, { ...action, run: () => run.current?.() });
    // `action` is read through `key`: a new object with the same fields is the same offer.
  }, [key, step, owner, stores]);
  useEffect(() => () => stores.primary.getState().withdraw(owner), [owner, stores]);
  const states = useStepStates();
  const mine = usePrimary((s) => primaryOf(s.entries, step)?.owner === owner);
  return mine && slotTakesPageAction(states[step], step === STEP_IDS[STEP_IDS.length - 1]) && earlierStepToFinish(STEP_IDS, states, step) === null;
}
