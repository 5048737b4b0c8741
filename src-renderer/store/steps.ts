import { createStore, type StoreApi } from 'zustand/vanilla';
import { isBlocking, type PreflightPhase } from './preflight';
import type { Check, PreflightReport } from '../../src-shared/contract/preflight';

/** The journey, in order: the contract's one list (main validates against the same). */
import { STEP_IDS } from '../../src-shared/contract/steps';

export { STEP_IDS };
export type StepId = (typeof STEP_IDS)[number];

/** A step's state as the navigation shows it, always in words as well as colour. */
export type StepState = 'done' | 'attention' | 'blocked' | 'running' | 'upcoming';

export interface StepsState {
  current: StepId;
  go(id: StepId): void;
  next(): void;
  back(): void;
  reset(): void;
}

export function isStepId(v: unknown): v is StepId {
  return typeof v === 'string' && (STEP_IDS as readonly string[]).includes(v);
}

export function createStepsStore(): StoreApi<StepsState> {
  return createStore<StepsState>()((set, get) => {
    const move = (delta: number) => {
      const i = STEP_IDS.indexOf(get().current) + delta;
      const id = STEP_IDS[Math.max(0, Math.min(STEP_IDS.length - 1, i))];
      if (id !== undefined) set({ current: id });
    };
    return {
      current: 'preflight',
      go: (id) => set({ current: id }),
      next: () => move(1),
      back: () => move(-1),
      reset: () => set({ current: 'preflight' }),
    };
  });
}

/** How far a step's own work got, as its store reports it (distro.ts, go.ts, network.ts, verify.ts, editor.ts). */
export type WorkStatus = 'idle' | 'running' | 'done' | 'attention';
export type WorkStep = 'distro' | 'go' | 'network' | 'verify' | 'editor';

/** What the preflight outcome and the later steps' own work mean for the journey. */
export interface StepInputs {
  phase: PreflightPhase;
  report: PreflightReport | null;
  work?: Partial<Record<WorkStep, WorkStatus>>;
}

/** Checks of Windows features whose fix (windows.enable-features) belongs to Install WSL. */
export const FEATURE_CHECKS: readonly string[] = ['vmp-feature', 'wsl-feature'];

/**
 * Windows features WSL 2 needs that are off while WSL itself is there
 * (win11-vmp-missing): Install WSL turns them on, and until then nothing
 * after it can run. (Without WSL, installing it turns them on by itself.)
 */
export function featuresOff(report: PreflightReport | null): Check[] {
  if (report === null) return [];
  if (report.checks.find((c) => c.id === 'wsl-installed')?.status !== 'ok') return [];
  return report.checks.filter((c) => FEATURE_CHECKS.includes(c.id) && c.status === 'fail');
}

const FROM_WORK: Record<WorkStatus, StepState> = { idle: 'upcoming', running: 'running', done: 'done', attention: 'attention' };

/**
 * Each step's state, derived (never stored) so it cannot drift from the facts.
 * Preflight: running while it runs; attention on an error or a failure only
 * the user can fix (see isBlocking); done otherwise, since failures with a
 * fix action (WSL missing, features off) are what the next steps do. WSL:
 * done when the re-detected facts show WSL installed with version 2 as the
 * default and no Windows feature it needs is off (it fixes those). Later
 * steps: blocked while a user-only failure or an off feature stands, otherwise
 * as far as their own work got; Finish is done once Verify proved it.
 */
export function deriveStepStates({ phase, report, work = {} }: StepInputs): Record<StepId, StepState> {
  const failed = report !== null && report.checks.some(isBlocking);
  let preflight: StepState;
  if (phase === 'running') preflight = 'running';
  else if (phase === 'error' || failed) preflight = 'attention';
  else if (phase === 'done') preflight = 'done';
  else preflight = 'upcoming';
  const check = (id: string) => report?.checks.find((c) => c.id === id)?.status;
  // WSL is there but a Windows feature it needs is off (win11-vmp-missing): Install WSL fixes that, and until it is
  // on, WSL is not done and nothing after it can run. (Without WSL, installing it turns the features on itself.)
  const featureOff = featuresOff(report).length > 0;
  const stop = failed || featureOff;
  const later: StepState = stop ? 'blocked' : 'upcoming';
  // Distro, Go, Network and Verify say how far their own work got; a blocking preflight failure stops them all.
  const own = (id: WorkStep): StepState => (stop ? 'blocked' : FROM_WORK[work[id] ?? 'idle']);
  // WSL is done when the last check found it installed with WSL 2 as the default; that is re-detected, not remembered.
  const wslReady = check('wsl-installed') === 'ok' && check('default-version') === 'ok' && !featureOff;
  const wsl: StepState = failed ? 'blocked' : wslReady ? 'done' : 'upcoming';
  const verify = own('verify');
  return {
    preflight,
    wsl,
    distro: own('distro'),
    go: own('go'),
    network: own('network'),
    verify,
    // Optional: it never holds Finish back.
    editor: own('editor'),
    finish: verify === 'done' ? 'done' : later,
  };
}
