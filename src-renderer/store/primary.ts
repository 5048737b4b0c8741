import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StepId } from './steps';

/**
 * The step's one main action, offered by whichever part of the page owns it
 * and shown by the footer in its right slot (the same place on every step).
 */
export interface PrimaryAction {
  label: string;
  run(): void;
  disabled?: boolean;
  /** Its work is running: the footer shows status, progress and Cancel next to it. */
  busy?: boolean;
  /** One line next to the button (what is running, or why it cannot be pressed yet). */
  status?: string;
  /** The running task, for its progress and its Cancel. */
  taskId?: string | null;
  /** Several parts of a page may offer one (Check this PC's fixes): the highest rank is the main one. */
  rank?: number;
  /** The button opens a dialog (screen readers say so). */
  opensDialog?: boolean;
}

export interface PrimaryEntry {
  owner: number;
  step: StepId;
  action: PrimaryAction;
}

export interface PrimaryState {
  entries: readonly PrimaryEntry[];
  offer(owner: number, step: StepId, action: PrimaryAction): void;
  withdraw(owner: number): void;
}

export function createPrimaryStore(): StoreApi<PrimaryState> {
  return createStore<PrimaryState>()((set) => ({
    entries: [],
    offer: (owner, step, action) => set((s) => ({ entries: [...s.entries.filter((e) => e.owner !== owner), { owner, step, action }] })),
    withdraw: (owner) => set((s) => (s.entries.some((e) => e.owner === owner) ? { entries: s.entries.filter((e) => e.owner !== owner) } : s)),
  }));
}

/** The main one of a step's offers: highest rank, then the one offered first (lowest owner). */
export function primaryOf(entries: readonly PrimaryEntry[], step: StepId): PrimaryEntry | null {
  let best: PrimaryEntry | null = null;
  for (const e of entries) {
    if (e.step !== step) continue;
    if (best === null || (e.action.rank ?? 0) > (best.action.rank ?? 0) || ((e.action.rank ?? 0) === (best.action.rank ?? 0) && e.owner < best.owner)) best = e;
  }
  return best;
}
