import { ApiError } from '../../src-shared/contract';
import { pinnedTools } from '../../src-shared/editor/tools';
import { formatProxyUrl } from '../../src-shared/network/proxy';
import { scriptRunner } from '../distro-scripts/run';
import { createHelloProject, undoEditor } from '../services/editor/project';
import { installTools } from '../services/editor/tool-install';
import { installGoExtension } from '../services/editor/go-extension';
import { VsCodeService } from '../services/editor/vscode';
import { runLive } from '../services/live-run';
import { endpointOf } from '../services/network/proxy';
import type { InvokeHandlers } from './dispatcher';
import type { Runtime } from './runtime';

/** A proxy that does not answer must not hold the step: each `go install` gets this long. */
const PER_TOOL_TIMEOUT_S = 300;

/** The Editor step bound to its service; every script shows live in the Terminal. */
export function createEditorHandlers(runtime: Runtime) {
  const runner = () => scriptRunner((spec, options) => runLive(runtime, spec, options?.signal, options?.onOutput));
  const vscode = new VsCodeService((spec, signal) => runLive(runtime, spec, signal));
  return {
    'editor.installTools': (req) =>
      runtime.tasks.run(req.taskId, (signal) => {
        const tools = pinnedTools(req.goVersion);
        if (!tools) throw new ApiError('VALIDATION', `no pinned editor tools for ${req.goVersion} (go1.18 or newer is needed)`, { catalogId: 'GO_WRONG_VERSION' });
        const proxy = req.proxy ? endpointOf(req.proxy) : null;
        return installTools(
          runner(),
          {
            distro: req.target.distro,
            user: req.target.user,
            tools,
            goproxy: req.goproxy,
            gosumdb: req.gosumdb,
            proxyUrl: proxy ? formatProxyUrl(proxy) : null,
            perToolTimeoutS: PER_TOOL_TIMEOUT_S,
          },
          { signal },
        );
      }),
    'editor.createProject': (req) => runtime.tasks.run(undefined, (signal) => createHelloProject(runner(), req.target, signal)),
    'editor.detectVsCode': () => runtime.tasks.run(undefined, (signal) => vscode.status(signal)),
    'editor.installVsCode': (req) => runtime.tasks.run(req.taskId, (signal) => vscode.installVsCode(signal)),
    'editor.installWslExtension': (req) => runtime.tasks.run(req.taskId, (signal) => vscode.installWslExtension(signal)),
    'editor.installGoExtension': (req) =>
      runtime.tasks.run(req.taskId, async (signal) => {
        const proxy = req.proxy ? endpointOf(req.proxy) : null;
        return installGoExtension(runner(), req.target, await vscode.codeScript(signal), proxy ? formatProxyUrl(proxy) : null, { signal });
      }),
    // The path is the one editor-hello.sh answers (it makes ~/hello-go only when missing): never the renderer's.
    'editor.openProject': (req) =>
      runtime.tasks.run(undefined, async (signal) => {
        const project = await createHelloProject(runner(), req.target, signal);
        return vscode.open(req.target.distro, project.path, signal);
      }),
    'editor.undo': (req) => runtime.tasks.run(undefined, (signal) => undoEditor(runner(), req.target, signal)),
  } satisfies Partial<InvokeHandlers>;
}
