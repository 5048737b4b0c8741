import type { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { CleanKind, GoDetectResult, GoInstallResult, GoReleasesResult, GoVerifyShellsResult } from '../../src-shared/contract/go';
import type { TaskProgress } from '../../src-shared/contract/tasks';
import { failureOf, type Failure } from '../components/findings/failure';
import type { DistroTargetChoice } from './distro';

type Kind = z.infer<typeof CleanKind>;

export interface GoState {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  /** The distro the facts below belong to: a different choice reloads them. */
  loadedFor: string | null;
  detect: z.infer<typeof GoDetectResult> | null;
  releases: z.infer<typeof GoReleasesResult> | null;
  version: string | null;
  /** Old installs the user agrees to remove (ticked boxes). */
  clean: Kind[];
  confirmGopath: boolean;
  installing: boolean;
  taskId: string | null;
  /** Every phase main reported for the running install, in order (steps done / to do). */
  phases: string[];
  progress: TaskProgress | null;
  result: z.infer<typeof GoInstallResult> | null;
  verifying: boolean;
  verify: z.infer<typeof GoVerifyShellsResult> | null;
  error: Failure | null;
  load(target: DistroTargetChoice): Promise<void>;
  setVersion(version: string): void;
  toggleClean(kind: Kind, on: boolean): void;
  setConfirmGopath(on: boolean): void;
  install(target: DistroTargetChoice): Promise<void>;
  verifyShells(target: DistroTargetChoice): Promise<void>;
}

const key = (t: DistroTargetChoice) => `${t.distro}/${t.user}`;
const goTarget = (t: DistroTargetChoice) => ({ name: t.distro, user: t.user });

/** Kinds pre-ticked for removal: everything that can be removed except ~/go (it may hold the user's code). */
export function defaultClean(detect: z.infer<typeof GoDetectResult>): Kind[] {
  const kinds = detect.findings.map((f) => f.cleanKind).filter((k): k is Kind => k !== null && k !== 'gopath' && k !== 'usr-local');
  return [...new Set(kinds)];
}

export function createGoStore(api: Api): StoreApi<GoState> {
  let n = 0;
  return createStore<GoState>()((set, get) => {
    api.on('task.progress', (p) => {
      if (p.taskId !== get().taskId) return;
      const phases = get().phases.at(-1) === p.phase ? get().phases : [...get().phases, p.phase];
      set({ progress: p, phases });
    });
    return {
      phase: 'idle',
      loadedFor: null,
      detect: null,
      releases: null,
      version: null,
      clean: [],
      confirmGopath: false,
      installing: false,
      taskId: null,
      phases: [],
      progress: null,
      result: null,
      verifying: false,
      verify: null,
      error: null,
      async load(target) {
        set({ phase: 'loading', error: null, loadedFor: key(target) });
        try {
          const detect = await api.invoke('go.detectOld', { distro: goTarget(target) });
          const releases = await api.invoke('go.releases', { arch: detect.goarch ?? 'amd64', includeUnstable: false });
          if (get().loadedFor !== key(target)) return;
          set({ detect, releases, version: get().version ?? releases.latestStable, clean: defaultClean(detect), phase: 'ready' });
        } catch (e) {
          if (get().loadedFor === key(target)) set({ phase: 'error', error: failureOf(e) });
        }
      },
      setVersion: (version) => set({ version }),
      toggleClean: (kind, on) => set({ clean: on ? [...new Set([...get().clean, kind])] : get().clean.filter((k) => k !== kind) }),
      setConfirmGopath: (on) => set({ confirmGopath: on }),
      async install(target) {
        if (get().installing) return;
        const taskId = `go-install-${++n}`;
        set({ installing: true, taskId, phases: [], progress: null, error: null, result: null, verify: null });
        try {
          const version = get().version;
          const result = await api.invoke('go.install', {
            taskId,
            distro: goTarget(target),
            ...(version ? { version } : {}),
            clean: get().clean,
            confirmGopath: get().confirmGopath,
          });
          set({ result });
        } catch (e) {
          set({ error: failureOf(e) });
        } finally {
          set({ installing: false, taskId: null });
        }
        if (get().result) {
          // Prove PATH in fresh shells at once, and show what is left of the old installs.
          await get().verifyShells(target);
          try {
            set({ detect: await api.invoke('go.detectOld', { distro: goTarget(target) }) });
          } catch {
            // The install result stands; the re-detection is a bonus.
          }
        }
      },
      async verifyShells(target) {
        set({ verifying: true });
        try {
          const expected = get().result?.version;
          set({ verify: await api.invoke('go.verifyShells', { distro: goTarget(target), hello: true, ...(expected ? { expectedVersion: expected } : {}) }) });
        } catch (e) {
          set({ error: failureOf(e) });
        } finally {
          set({ verifying: false });
        }
      },
    };
  });
}

/** How far the Go step got: done only when fresh shells find the installed Go. */
export function goStatus(s: Pick<GoState, 'installing' | 'verifying' | 'verify' | 'error'>): 'idle' | 'running' | 'done' | 'attention' {
  if (s.installing || s.verifying) return 'running';
  if (s.verify?.ok === true) return 'done';
  if ((s.error !== null && s.error.code !== 'CANCELLED') || s.verify?.ok === false) return 'attention';
  return 'idle';
}
