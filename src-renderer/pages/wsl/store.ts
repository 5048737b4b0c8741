import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../src-shared/contract/client';
import { isApiError } from '../../../src-shared/contract/errors';
import type { RebootReason, ResumeInfo, ResumeState, ResumeStep, WslActionResult, WslFixAction } from '../../../src-shared/contract/wsl';
import { messageOf } from '../../store/errors';
import { useStores, type Stores } from '../../store';

export type WslBusy = 'install' | WslFixAction | 'reboot' | 'later' | null;

/**
 * The Install WSL step's state: the last action's result (per action, so a
 * Preflight fix button shows its own), the restart, and the resume state
 * read once at start. Facts are not kept here: a result's re-detected report
 * goes into the preflight store, the one place the machine's state lives.
 */
export interface WslState {
  busy: WslBusy;
  /** The running install's task, for its Cancel button (the elevated side stops it; see host/elevation.ts). */
  taskId: string | null;
  results: Partial<Record<string, WslActionResult>>;
  /** Which fix ran from which Preflight check: its result stays on that check after the check turned green. */
  fixedFrom: Partial<Record<string, WslFixAction>>;
  error: string | null;
  /** Where the app was told to resume when it started (null: a normal start). */
  resumedFrom: ResumeState | null;
  resumeLoaded: boolean;
  /** declined: the person said no in main's own dialog (the page cannot answer it). */
  reboot: { scheduled: boolean; declined: boolean; delaySeconds: number; runOnce: boolean } | null;
  savedForLater: ResumeInfo | null;
  install(): Promise<void>;
  fix(action: WslFixAction, checkId?: string): Promise<void>;
  rebootNow(resumeAt: ResumeStep, reason: RebootReason | null): Promise<boolean>;
  restartLater(resumeAt: ResumeStep, reason: RebootReason | null): Promise<void>;
  loadResume(): Promise<ResumeState | null>;
  /** The real state was re-detected after the restart: the stored place has served its purpose. */
  finishResume(): Promise<void>;
}

export function createWslStore(stores: Pick<Stores, 'api' | 'preflight'>): StoreApi<WslState> {
  const api: Api = stores.api;
  let n = 0;
  return createStore<WslState>()((set, get) => {
    const run = async (busy: Exclude<WslBusy, null>, call: () => Promise<WslActionResult>, taskId: string | null = null) => {
      if (get().busy) return;
      set({ busy, error: null, taskId });
      try {
        const result = await call();
        set({ results: { ...get().results, [result.action]: result } });
        if (result.report) stores.preflight.setState({ report: result.report, phase: 'done', error: null });
      } catch (e) {
        set({ error: isApiError(e) && e.code === 'ELEVATION_DENIED' ? 'ELEVATION_DENIED' : messageOf(e) });
      } finally {
        set({ busy: null, taskId: null });
      }
    };
    return {
      busy: null,
      taskId: null,
      results: {},
      fixedFrom: {},
      error: null,
      resumedFrom: null,
      resumeLoaded: false,
      reboot: null,
      savedForLater: null,
      install: () => {
        const taskId = `wsl-install-${++n}`;
        return run('install', () => api.invoke('wsl.install', { taskId }), taskId);
      },
      fix: (action, checkId) => {
        if (checkId !== undefined && get().busy === null) set({ fixedFrom: { ...get().fixedFrom, [checkId]: action } });
        return run(action, () => api.invoke('wsl.fix', { action, taskId: `wsl-fix-${++n}` }));
      },
      async rebootNow(resumeAt, reason) {
        set({ busy: 'reboot', error: null });
        try {
          // Main asks the person in its own dialog; the page only requests the restart.
          const r = await api.invoke('system.reboot', { resumeAt, reason });
          set({ reboot: { scheduled: r.scheduled, declined: r.declined, delaySeconds: r.delaySeconds, runOnce: r.resume.runOnce } });
          return r.scheduled;
        } catch (e) {
          set({ error: messageOf(e) });
          return false;
        } finally {
          set({ busy: null });
        }
      },
      async restartLater(resumeAt, reason) {
        set({ busy: 'later', error: null });
        try {
          set({ savedForLater: await api.invoke('session.resumeState.set', { resumeAt, reason }) });
        } catch (e) {
          set({ error: messageOf(e) });
        } finally {
          set({ busy: null });
        }
      },
      async loadResume() {
        try {
          const info = await api.invoke('session.resumeState.get', {});
          set({ resumedFrom: info.state, resumeLoaded: true });
          return info.state;
        } catch {
          // An older main without the channel, or a read error: start normally.
          set({ resumeLoaded: true });
          return null;
        }
      },
      async finishResume() {
        await api.invoke('session.resumeState.set', { resumeAt: null, reason: null }).catch(() => undefined);
      },
    };
  });
}

/** One WSL store per connection (the Stores object), made on first use. */
const perStores = new WeakMap<Stores, StoreApi<WslState>>();

export function wslStoreOf(stores: Stores): StoreApi<WslState> {
  let s = perStores.get(stores);
  if (!s) {
    s = createWslStore(stores);
    perStores.set(stores, s);
  }
  return s;
}

export function useWsl<T>(pick: (s: WslState) => T): T {
  return useStore(wslStoreOf(useStores()), pick);
}
