import type { StepMark } from '../../components/progress';

/** The install's steps as main reports them in task.progress (install.* are go-install.sh's own phases). */
export type InstallStep = 'detect' | 'releases' | 'probe' | 'download' | 'clean' | 'install' | 'path';

export function installSteps(withClean: boolean): InstallStep[] {
  return ['detect', 'releases', 'probe', 'download', ...(withClean ? (['clean'] as const) : []), 'install', 'path'];
}

function stepOf(phase: string): InstallStep | 'done' | null {
  if (phase === 'done') return 'done';
  if (phase.startsWith('install.')) return 'install';
  const known: readonly string[] = ['detect', 'releases', 'probe', 'download', 'clean', 'path'];
  return known.includes(phase) ? (phase as InstallStep) : null;
}

/**
 * Marks for each step from the phases main reported so far: before the
 * latest one done, the latest running (failed when the install ended in an
 * error), the rest still to do. A step main never reported stays "to do".
 */
export function markSteps(steps: readonly InstallStep[], phases: readonly string[], state: 'running' | 'failed' | 'done'): Record<InstallStep, StepMark> {
  const marks = Object.fromEntries(steps.map((s) => [s, 'todo'])) as Record<InstallStep, StepMark>;
  const reached = phases.map(stepOf).filter((s): s is InstallStep | 'done' => s !== null);
  const last = reached.at(-1);
  if (last === 'done' || state === 'done') {
    for (const s of steps) marks[s] = 'done';
    return marks;
  }
  if (last === undefined) return marks;
  const at = steps.indexOf(last);
  steps.forEach((s, i) => {
    if (i < at) marks[s] = reached.includes(s) ? 'done' : 'skipped';
    else if (i === at) marks[s] = state === 'failed' ? 'failed' : 'running';
  });
  return marks;
}
