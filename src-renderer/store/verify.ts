import type { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { ProveItResult } from '../../src-shared/contract/network';
import { failureOf, type Failure } from '../components/findings/failure';
import type { DistroTargetChoice } from './distro';

/** The proof's steps, in the order net-prove.sh runs them. */
export const PROOF_STEPS = ['init', 'run', 'get', 'test'] as const;

export interface VerifyState {
  running: boolean;
  taskId: string | null;
  cgo: boolean;
  result: z.infer<typeof ProveItResult> | null;
  error: Failure | null;
  setCgo(on: boolean): void;
  /** go mod init, go run, go get, go test (and a cgo build) in a fresh module in the Linux home. */
  prove(target: DistroTargetChoice): Promise<void>;
}

export function createVerifyStore(api: Api): StoreApi<VerifyState> {
  let n = 0;
  return createStore<VerifyState>()((set, get) => ({
    running: false,
    taskId: null,
    cgo: false,
    result: null,
    error: null,
    setCgo: (cgo) => set({ cgo }),
    async prove(target) {
      if (get().running) return;
      const taskId = `verify-${++n}`;
      set({ running: true, taskId, error: null, result: null });
      try {
        set({ result: await api.invoke('network.proveIt', { taskId, target: { distro: target.distro, user: target.user }, cgo: get().cgo }) });
      } catch (e) {
        set({ error: failureOf(e) });
      } finally {
        set({ running: false, taskId: null });
      }
    },
  }));
}

/** How far the proof got: done when every step passed. */
export function verifyStatus(s: Pick<VerifyState, 'running' | 'result' | 'error'>): 'idle' | 'running' | 'done' | 'attention' {
  if (s.running) return 'running';
  if (s.result?.ok === true) return 'done';
  if ((s.error !== null && s.error.code !== 'CANCELLED') || s.result?.ok === false) return 'attention';
  return 'idle';
}
