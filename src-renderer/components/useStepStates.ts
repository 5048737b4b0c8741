import { useMemo } from 'react';
import { useDistro, useEditor, useGo, useNetwork, usePreflight, useVerify } from '../store';
import { distroStatus } from '../store/distro';
import { editorStatus } from '../store/editor';
import { goStatus } from '../store/go';
import { networkStatus } from '../store/network';
import { verifyStatus } from '../store/verify';
import { deriveStepStates, type StepId, type StepState } from '../store/steps';

/** Step states derived from the stores; memoised so components re-render only when the inputs change. */
export function useStepStates(): Record<StepId, StepState> {
  const phase = usePreflight((s) => s.phase);
  const report = usePreflight((s) => s.report);
  // Each a string, so a re-render happens only when a status really changes.
  const distro = useDistro(distroStatus);
  const go = useGo(goStatus);
  const network = useNetwork(networkStatus);
  const verify = useVerify(verifyStatus);
  const editor = useEditor(editorStatus);
  return useMemo(() => deriveStepStates({ phase, report, work: { distro, go, network, verify, editor } }), [phase, report, distro, go, network, verify, editor]);
}
