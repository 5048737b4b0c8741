import path from 'node:path';
import type { Runtime } from './runtime';
import { GoService } from '../services/go';
import { runLive } from '../services/live-run';
import type { InvokeHandlers } from './dispatcher';

/**
 * The Go step bound to its service. Every script it runs shows live in the
 * Terminal; the install reports bytes, rate and ETA as task.progress and is
 * cancelled with task.cancel. Downloads go to the app's own folder on the
 * Windows side, so they survive a failed install. No HttpGet is passed, so
 * they use Node's http(s), which does not read the Windows proxy settings
 * (see services/go/http-get.ts).
 */
export function createGoHandlers(runtime: Runtime) {
  const service = () =>
    new GoService({
      host: runtime.host(),
      downloadDir: path.join(runtime.dataDir, 'downloads'),
      run: (spec, options) => runLive(runtime, spec, options?.signal, options?.onOutput),
      ...runtime.serviceOverrides?.go,
    });
  return {
    'go.releases': (req) => runtime.tasks.run(undefined, (signal) => service().releases(req, signal)),
    'go.probeMirrors': (req) => runtime.tasks.run(undefined, (signal) => service().probeMirrors(req, signal)),
    'go.detectOld': (req) => runtime.tasks.run(undefined, (signal) => service().detectOld(req, signal)),
    'go.install': (req) =>
      runtime.tasks.run(req.taskId, (signal) =>
        service().install(req, { signal, onProgress: (p) => runtime.emit('task.progress', { taskId: req.taskId, ...p }) }),
      ),
    'go.verifyShells': (req) => runtime.tasks.run(undefined, (signal) => service().verifyShells(req, signal)),
    'go.uninstall': (req) => runtime.tasks.run(undefined, (signal) => service().uninstall(req, signal)),
  } satisfies Partial<InvokeHandlers>;
}
