import type { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { ConfigPreview, CreateUserResult, DistroOption, DistroRecommendation, EnsureV2Result, InstallResult } from '../../src-shared/contract/distro';
import { isValidUsername } from '../../src-shared/distro';
import { defaultUserFrom, PROBE_USER } from '../../src-shared/distro/default-user';
import { failureOf, type Failure } from '../components/findings/failure';

type Recommendation = z.infer<typeof DistroRecommendation>;
type Option = z.infer<typeof DistroOption>;
type Preview = z.infer<typeof ConfigPreview>;

/** Which distro and which Linux user the later steps work in: set only once the user confirmed it. */
export interface DistroTargetChoice {
  readonly distro: string;
  readonly user: string;
}

export type DistroBusy = 'recommend' | 'install' | 'createUser' | 'defaultUser' | 'confirm' | null;
/** Where the user name in the field came from: the distro's /etc/wsl.conf, the account made here, or typed. */
export type UserSource = 'wslconf' | 'created' | 'typed' | null;

export interface DistroState {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  recommendation: Recommendation | null;
  selected: string | null;
  user: string;
  userFrom: UserSource;
  busy: DistroBusy;
  /** The cancellable task running now (install, WSL 2 conversion). */
  taskId: string | null;
  installed: z.infer<typeof InstallResult> | null;
  created: z.infer<typeof CreateUserResult> | null;
  defaultUserPreview: Preview | null;
  v2: z.infer<typeof EnsureV2Result> | null;
  error: Failure | null;
  target: DistroTargetChoice | null;
  load(): Promise<void>;
  select(name: string): void;
  setUser(user: string): void;
  install(): Promise<void>;
  createUser(username: string, password: string): Promise<void>;
  applyDefaultUser(): Promise<void>;
  /** Use the selected distro as the user named: converts it to WSL 2 first when needed. True when confirmed. */
  confirm(): Promise<boolean>;
}

/** The option the user has selected (the recommendation's choice by default). */
export function selectedOption(s: Pick<DistroState, 'recommendation' | 'selected'>): Option | null {
  const r = s.recommendation;
  if (!r) return null;
  return [r.choice, ...r.alternatives].find((o) => o.name === s.selected) ?? r.choice;
}

// Moved to src-shared/distro/default-user.ts (main's unattended run reads the file the same way); re-exported for this store's users.
export { defaultUserFrom };

export function createDistroStore(api: Api): StoreApi<DistroState> {
  let n = 0;
  return createStore<DistroState>()((set, get) => {
    /** Run one action, keeping busy/error/taskId in step; the result goes where `apply` puts it. */
    const act = async <T>(busy: Exclude<DistroBusy, null>, work: (taskId: string) => Promise<T>, apply: (r: T) => void, cancellable = false): Promise<boolean> => {
      if (get().busy !== null) return false;
      const taskId = `distro-${busy}-${++n}`;
      set({ busy, error: null, taskId: cancellable ? taskId : null });
      try {
        apply(await work(taskId));
        return true;
      } catch (e) {
        set({ error: failureOf(e) });
        return false;
      } finally {
        set({ busy: null, taskId: null });
      }
    };

    const readDefaultUser = async (distro: string) => {
      try {
        const preview = await api.invoke('distro.previewConfig', { target: { kind: 'wslconf-user', distro, username: PROBE_USER } });
        const user = defaultUserFrom(preview);
        // Never overwrite what the user typed or the account made here.
        if (user !== null && get().userFrom === null && get().selected === distro) set({ user, userFrom: 'wslconf' });
      } catch {
        // The file cannot be read (the distro is not there yet, a replay without a distro side): the user names it.
      }
    };

    return {
      phase: 'idle',
      recommendation: null,
      selected: null,
      user: '',
      userFrom: null,
      busy: null,
      taskId: null,
      installed: null,
      created: null,
      defaultUserPreview: null,
      v2: null,
      error: null,
      target: null,
      async load() {
        set({ phase: 'loading' });
        const ok = await act('recommend', () => api.invoke('distro.recommend', {}), (recommendation) =>
          // A choice made before the list came (a preset's distro) stays; otherwise the recommendation.
          set({ recommendation, selected: get().selected ?? recommendation.choice.name, phase: 'ready' }),
        );
        if (!ok) return set({ phase: 'error' });
        const choice = selectedOption(get());
        if (choice?.action === 'reuse') await readDefaultUser(choice.name);
      },
      select(name) {
        if (get().selected === name) return;
        set({ selected: name, target: null, userFrom: get().userFrom === 'typed' ? 'typed' : null, user: get().userFrom === 'typed' ? get().user : '' });
        const o = selectedOption(get());
        if (o?.action === 'reuse') void readDefaultUser(o.name);
      },
      setUser(user) {
        set({ user, userFrom: 'typed', target: null });
      },
      async install() {
        const o = selectedOption(get());
        if (!o) return;
        await act('install', (taskId) => api.invoke('distro.install', { taskId, name: o.name }), (installed) => set({ installed }), true);
      },
      async createUser(username, password) {
        const o = selectedOption(get());
        if (!o) return;
        const ok = await act('createUser', () => api.invoke('distro.createUser', { distro: o.name, username, password }), (created) =>
          set({ created, user: created.username, userFrom: 'created' }),
        );
        if (!ok) return;
        // Next: the default user in /etc/wsl.conf, previewed so the user sees the exact change.
        await act('defaultUser', () => api.invoke('distro.previewConfig', { target: { kind: 'wslconf-user', distro: o.name, username } }), (p) =>
          set({ defaultUserPreview: p }),
        );
      },
      async applyDefaultUser() {
        const o = selectedOption(get());
        const p = get().defaultUserPreview;
        if (!o || !p) return;
        await act(
          'defaultUser',
          () =>
            api.invoke('distro.applyConfig', {
              target: { kind: 'wslconf-user', distro: o.name, username: get().user },
              expectedBeforeSha256: p.beforeSha256,
              expectedAfterSha256: p.afterSha256,
              restartNow: true,
            }),
          () => set({ defaultUserPreview: null }),
        );
      },
      async confirm() {
        const o = selectedOption(get());
        const user = get().user.trim();
        if (!o || !isValidUsername(user)) return false;
        let ok = true;
        // The install's re-detected row decides too: a distro installed while the default was still 1 comes out WSL 1.
        const fresh = get().installed?.distro;
        const needsV2 = o.needsV2 || (fresh?.name === o.name && fresh.version === 1);
        if (needsV2) {
          ok = await act('confirm', (taskId) => api.invoke('distro.ensureV2', { taskId, only: [o.name] }), (v2) => set({ v2 }), true);
          // Trust the re-detected list, not the exit codes.
          const row = get().v2?.list.installed?.find((d) => d.name === o.name);
          if (ok && row?.version !== 2) {
            set({ error: { code: 'HOST_FAILED', message: `${o.name} still runs as WSL ${row?.version ?? '?'}`, catalogId: 'DISTRO_IS_WSL1' } });
            ok = false;
          }
        }
        if (ok) set({ target: { distro: o.name, user } });
        return ok;
      },
    };
  });
}

/** How far the Distro step got, for the step navigation. */
export function distroStatus(s: Pick<DistroState, 'target' | 'busy' | 'error'>): 'idle' | 'running' | 'done' | 'attention' {
  if (s.target !== null) return 'done';
  if (s.busy !== null && s.busy !== 'recommend') return 'running';
  if (s.error !== null && s.error.code !== 'CANCELLED') return 'attention';
  return 'idle';
}
