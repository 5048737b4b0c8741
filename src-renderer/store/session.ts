import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { AppInfo, MachineSummary } from '../../src-shared/contract/app';
import { messageOf } from './errors';

/** What the app told us about this session, and the recorded machines the demo can switch between. */
export interface SessionState {
  info: AppInfo | null;
  loading: boolean;
  error: string | null;
  machines: MachineSummary[];
  currentMachine: string | null;
  switching: boolean;
  switchError: string | null;
  load(): Promise<void>;
  /** Switch the replayed machine; resolves true once the new machine is current. */
  selectMachine(id: string): Promise<boolean>;
  /** Demo: replay the machine in a support report (its JSON text), read-only. */
  openReport(text: string): Promise<boolean>;
}

/** The machine picker is a demo/support feature: only a replay host reached over the harness offers it. */
export function offersMachinePicker(info: AppInfo | null): boolean {
  return info !== null && info.hostKind === 'replay' && info.transport === 'harness';
}

export function createSessionStore(api: Api): StoreApi<SessionState> {
  return createStore<SessionState>()((set, get) => {
    const loadMachines = async (info: AppInfo) => {
      if (!offersMachinePicker(info)) {
        set({ machines: [], currentMachine: null });
        return;
      }
      const list = await api.invoke('machines.list', {});
      set({ machines: list.machines, currentMachine: list.current });
    };

    /** Switch what the replay host answers for, then re-read the session from main. */
    async function switchTo(change: () => Promise<unknown>): Promise<boolean> {
      if (get().switching) return false;
      set({ switching: true, switchError: null });
      try {
        await change();
        // Re-read app.info rather than patching it: readOnly and the machine summary come from main.
        const info = await api.invoke('app.info', {});
        set({ info });
        await loadMachines(info);
        set({ switching: false });
        return true;
      } catch (e) {
        set({ switching: false, switchError: messageOf(e) });
        return false;
      }
    }

    return {
      info: null,
      loading: false,
      error: null,
      machines: [],
      currentMachine: null,
      switching: false,
      switchError: null,

      async load() {
        set({ loading: true, error: null });
        try {
          const info = await api.invoke('app.info', {});
          set({ info });
          await loadMachines(info);
          set({ loading: false });
        } catch (e) {
          set({ loading: false, error: messageOf(e) });
        }
      },

      selectMachine(id) {
        return switchTo(() => api.invoke('machines.select', { id }));
      },

      openReport(text) {
        return switchTo(() => api.invoke('machines.openReport', { report: text }));
      },
    };

  });
}
