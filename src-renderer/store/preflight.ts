import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { CheckStatus, PreflightReport } from '../../src-shared/contract/preflight';
import { messageOf } from './errors';

export type PreflightPhase = 'idle' | 'running' | 'done' | 'error';

export interface PreflightState {
  phase: PreflightPhase;
  report: PreflightReport | null;
  error: string | null;
  run(): Promise<void>;
  /** Forget the result (e.g. another recorded machine was selected). */
  clear(): void;
}

export function createPreflightStore(api: Api): StoreApi<PreflightState> {
  // Each run gets a number; an answer from an older run (e.g. before a machine
  // switch) must not overwrite a newer one.
  let generation = 0;
  return createStore<PreflightState>()((set) => ({
    phase: 'idle',
    report: null,
    error: null,
    async run() {
      const mine = ++generation;
      set({ phase: 'running', error: null });
      try {
        const report = await api.invoke('preflight.run', { taskId: `preflight-${mine}` });
        if (mine === generation) set({ phase: 'done', report });
      } catch (e) {
        if (mine === generation) set({ phase: 'error', error: messageOf(e) });
      }
    },
    clear() {
      generation++;
      set({ phase: 'idle', report: null, error: null });
    },
  }));
}

/** Counts per status, for the summary line. */
export function countByStatus(report: PreflightReport): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { ok: 0, warn: 0, fail: 0, unknown: 0 };
  for (const c of report.checks) counts[c.status]++;
  return counts;
}
