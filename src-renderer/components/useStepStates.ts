import { useMemo } from 'react';
import { usePreflight } from '../store';
import { deriveStepStates, type StepId, type StepState } from '../store/steps';

/** Step states derived from the stores; memoised so components re-render only when the inputs change. */
export function useStepStates(): Record<StepId, StepState> {
  const phase = usePreflight((s) => s.phase);
  const report = usePreflight((s) => s.report);
  return useMemo(() => deriveStepStates({ phase, report }), [phase, report]);
}
