import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { Check, CheckStatus, PreflightReport } from '../../src-shared/contract/preflight';
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

/**
 * A failed check the wizard cannot fix itself (no fixAction: firmware
 * virtualization, 32-bit Windows, group policy ...). Only these stop the
 * journey; a missing WSL or Windows feature is what the next steps install.
 */
export function isBlocking(check: Check): boolean {
  return check.status === 'fail' && check.fixAction === null;
}

export interface PreflightCounts extends Record<CheckStatus, number> {
  /** Failed and not fixable by the wizard. */
  blocking: number;
  /** Failed, but a later step fixes it. */
  fixable: number;
}

/** Counts per status, and failures split by who fixes them, for the summary line. */
export function countByStatus(report: PreflightReport): PreflightCounts {
  const counts: PreflightCounts = { ok: 0, warn: 0, fail: 0, unknown: 0, blocking: 0, fixable: 0 };
  for (const c of report.checks) {
    counts[c.status]++;
    if (isBlocking(c)) counts.blocking++;
    else if (c.status === 'fail') counts.fixable++;
  }
  return counts;
}
