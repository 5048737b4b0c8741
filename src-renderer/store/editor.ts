import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { EditorProjectResult, EditorToolsResult, EditorUndoResult } from '../../src-shared/contract/editor';
import { failureOf, type Failure } from '../components/findings/failure';
import type { DistroTargetChoice } from './distro';

/** What the network step settled on, passed along so the tools download the same way `go` does. */
export interface EditorNetwork {
  readonly goproxy: string;
  readonly gosumdb: string;
  readonly proxyUrl: string | null;
}

export interface EditorState {
  busy: 'tools' | 'project' | 'undo' | null;
  taskId: string | null;
  tools: EditorToolsResult | null;
  project: EditorProjectResult | null;
  undone: EditorUndoResult | null;
  skipped: boolean;
  error: Failure | null;
  /** gopls, dlv and staticcheck at versions pinned for `goVersion`, as the user, live in the Terminal. */
  installTools(target: DistroTargetChoice, goVersion: string, net: EditorNetwork): Promise<void>;
  /** ~/hello-go (left alone when it exists). */
  createProject(target: DistroTargetChoice): Promise<void>;
  /** Remove the tools and the project the wizard made (and nothing else). */
  undo(target: DistroTargetChoice): Promise<void>;
  skip(): void;
}

const GOSUMDB = new Set(['', 'sum.golang.org', 'sum.golang.google.cn', 'off']);

export function createEditorStore(api: Api): StoreApi<EditorState> {
  let n = 0;
  return createStore<EditorState>()((set, get) => {
    const guarded = async (busy: NonNullable<EditorState['busy']>, work: (taskId: string) => Promise<void>) => {
      if (get().busy !== null) return;
      const taskId = `editor-${++n}`;
      set({ busy, taskId, error: null });
      try {
        await work(taskId);
      } catch (e) {
        set({ error: failureOf(e) });
      } finally {
        set({ busy: null, taskId: null });
      }
    };
    return {
      busy: null,
      taskId: null,
      tools: null,
      project: null,
      undone: null,
      skipped: false,
      error: null,
      installTools: (target, goVersion, net) =>
        guarded('tools', async (taskId) => {
          const gosumdb = GOSUMDB.has(net.gosumdb) ? (net.gosumdb as '' | 'sum.golang.org' | 'sum.golang.google.cn' | 'off') : '';
          const tools = await api.invoke('editor.installTools', {
            taskId,
            target: { distro: target.distro, user: target.user },
            goVersion,
            goproxy: net.goproxy,
            gosumdb,
            ...(net.proxyUrl ? { proxy: { url: net.proxyUrl } } : {}),
          });
          set({ tools, skipped: false, undone: null });
        }),
      createProject: (target) =>
        guarded('project', async () => {
          set({ project: await api.invoke('editor.createProject', { target: { distro: target.distro, user: target.user } }), undone: null });
        }),
      undo: (target) =>
        guarded('undo', async () => {
          set({ undone: await api.invoke('editor.undo', { target: { distro: target.distro, user: target.user } }), tools: null, project: null });
        }),
      skip: () => set({ skipped: true }),
    };
  });
}

/** Done when every tool is proven and the project exists; skipping counts as done (the step is optional). */
export function editorStatus(s: Pick<EditorState, 'busy' | 'tools' | 'project' | 'error' | 'skipped'>): 'idle' | 'running' | 'done' | 'attention' {
  if (s.busy !== null) return 'running';
  if (s.skipped) return 'done';
  if ((s.error !== null && s.error.code !== 'CANCELLED') || s.tools?.tools.some((t) => !t.ok)) return 'attention';
  if (s.tools && s.project) return 'done';
  return 'idle';
}
