import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { EditorOpenResult, EditorProjectResult, EditorToolsResult, EditorUndoResult, VsCodeRun, VsCodeStatus } from '../../src-shared/contract/editor';
import { failureOf, type Failure } from '../components/findings/failure';
import type { DistroTargetChoice } from './distro';

/** What the network step settled on, passed along so the tools download the same way `go` does. */
export interface EditorNetwork {
  readonly goproxy: string;
  readonly gosumdb: string;
  readonly proxyUrl: string | null;
}

export interface EditorState {
  busy: 'tools' | 'project' | 'undo' | 'detect' | 'vscode' | 'extension' | 'goExtension' | 'open' | null;
  taskId: string | null;
  tools: EditorToolsResult | null;
  project: EditorProjectResult | null;
  undone: EditorUndoResult | null;
  skipped: boolean;
  error: Failure | null;
  /** What the facts script last found about VS Code on Windows (null: not looked yet). */
  vscode: VsCodeStatus['facts'] | null;
  /** The last winget / code --install-extension run, with its diagnosis. */
  vscodeRun: { action: 'vscode' | 'extension'; run: VsCodeRun } | null;
  opened: EditorOpenResult | null;
  /** The Go extension's install into the WSL remote. */
  goExtension: VsCodeRun | null;
  /** golang.go in the WSL remote, from inside the distro, through the network step's proxy (if any). */
  installGoExtension(target: DistroTargetChoice, proxyUrl: string | null): Promise<void>;
  /** Re-reads the facts ("check again"). */
  detectVsCode(): Promise<void>;
  /** winget, per user, live in the Terminal. */
  installVsCode(): Promise<void>;
  /** `code --install-extension ms-vscode-remote.remote-wsl` on Windows. */
  installWslExtension(): Promise<void>;
  /** ~/hello-go (made when missing) opened with `code --remote wsl+<distro>`. */
  openProject(target: DistroTargetChoice): Promise<void>;
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
      vscode: null,
      vscodeRun: null,
      opened: null,
      goExtension: null,
      installGoExtension: (target, proxyUrl) =>
        guarded('goExtension', async (taskId) => {
          const goExtension = await api.invoke('editor.installGoExtension', { taskId, target: { distro: target.distro, user: target.user }, ...(proxyUrl ? { proxy: { url: proxyUrl } } : {}) });
          set({ goExtension });
        }),
      detectVsCode: () =>
        guarded('detect', async () => {
          set({ vscode: (await api.invoke('editor.detectVsCode', {})).facts });
        }),
      installVsCode: () =>
        guarded('vscode', async (taskId) => {
          const r = await api.invoke('editor.installVsCode', { taskId });
          set({ vscode: r.facts, vscodeRun: r.run ? { action: 'vscode', run: r.run } : null });
        }),
      installWslExtension: () =>
        guarded('extension', async (taskId) => {
          const r = await api.invoke('editor.installWslExtension', { taskId });
          set({ vscode: r.facts, vscodeRun: r.run ? { action: 'extension', run: r.run } : null });
        }),
      openProject: (target) =>
        guarded('open', async () => {
          set({ opened: await api.invoke('editor.openProject', { target: { distro: target.distro, user: target.user } }), undone: null });
        }),
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

/** Done when every tool is proven and the project exists (or was opened in VS Code); skipping counts as done (the step is optional). */
export function editorStatus(s: Pick<EditorState, 'busy' | 'tools' | 'project' | 'error' | 'skipped'> & Partial<Pick<EditorState, 'opened'>>): 'idle' | 'running' | 'done' | 'attention' {
  if (s.busy !== null) return 'running';
  if (s.skipped) return 'done';
  if ((s.error !== null && s.error.code !== 'CANCELLED') || s.tools?.tools.some((t) => !t.ok)) return 'attention';
  // Opening hello-go in VS Code makes the project too (editor.openProject runs editor-hello.sh first).
  if (s.tools && (s.project || s.opened?.run.ok)) return 'done';
  return 'idle';
}
