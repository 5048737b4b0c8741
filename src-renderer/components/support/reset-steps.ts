import type { StoreApi } from 'zustand/vanilla';
import type { Stores } from '../../store';
import type { WorkStep } from '../../store/steps';
import type { UndoStep } from './reinstall-plan';

/**
 * Which steps' work an undo took away. Verify proved the whole chain, so any
 * undo takes its proof away too; deleting the distro takes everything inside it.
 */
const TOUCHES: Record<UndoStep, readonly WorkStep[]> = {
  editorUndo: ['editor', 'verify'],
  goproxyUndo: ['network', 'verify'],
  tlsGitUndo: ['network', 'verify'],
  goUninstall: ['go', 'editor', 'verify'],
  proxyRemove: ['network', 'verify'],
  configUndo: ['distro', 'verify'],
  export: [],
  unregister: ['distro', 'go', 'network', 'editor', 'verify'],
};

/** The steps that the undo steps which ran (even partly: a failure after two of four still undid two) have touched. */
export function stepsTouchedBy(undone: readonly UndoStep[]): WorkStep[] {
  const touched = new Set(undone.flatMap((s) => TOUCHES[s]));
  return (['distro', 'go', 'network', 'verify', 'editor'] as const).filter((s) => touched.has(s));
}

/** Back to what the store held before the step ran: the page then shows the step as not done. */
function clear<T>(store: StoreApi<T>): void {
  store.setState(store.getInitialState(), true);
}

/**
 * Forget what the touched steps remembered, then detect again what is really
 * there (the wizard never trusts what it stored): the step list loses its ✓,
 * Finish stops saying what was set up, and the Go page shows what the distro
 * holds now. The distro's own list comes from the Windows facts, so a deleted
 * distro re-runs the check of this PC.
 */
export async function resetSteps(stores: Stores, steps: readonly WorkStep[]): Promise<void> {
  const target = stores.distro.getState().target;
  const clearStep: Record<WorkStep, () => void> = {
    distro: () => clear(stores.distro),
    go: () => clear(stores.go),
    network: () => clear(stores.network),
    verify: () => clear(stores.verify),
    editor: () => clear(stores.editor),
  };
  for (const step of steps) clearStep[step]();
  if (steps.includes('distro')) {
    await stores.preflight.getState().run();
    return;
  }
  // The pages re-detect by themselves when opened (their loadedFor is cleared); Go is re-detected now so the
  // page and the step list agree at once.
  if (steps.includes('go') && target) await stores.go.getState().load(target);
}
