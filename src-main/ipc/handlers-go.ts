import path from 'node:path';
import type { Runtime } from './runtime';
import { GoService } from '../services/go';
import type { GoServiceDeps } from '../services/go/deps';
import { presetMirrors } from '../services/preset';
import { createHttpGet } from '../services/go/http-get';
import { runLive } from '../services/live-run';
import type { InvokeHandlers } from './dispatcher';

/** The Go mirrors of the preset main read at start, if it names any. */
function mirrorsOfPreset(runtime: Runtime): Pick<GoServiceDeps, 'mirrors'> {
  const mirrors = runtime.preset?.status === 'ok' ? presetMirrors(runtime.preset.preset) : undefined;
  return mirrors ? { mirrors } : {};
}

/**
 * The Go step bound to its service. Every script it runs shows live in the
 * Terminal; the install reports bytes, rate and ETA as task.progress and is
 * cancelled with task.cancel. Downloads go to the app's own folder on the
 * Windows side, so they survive a failed install. Node's http(s) reads no
 * Windows proxy setting, so the HttpGet passed here asks the runtime's proxy
 * resolver (Electron's on Windows, the recorded settings and PAC when
 * replaying) which way each URL goes (see services/go/http-get.ts).
 * `preset`: the preset's Go mirrors, which win over the defaults and the
 * test overrides (default: those of the preset read at start).
 */
export function createGoHandlers(runtime: Runtime, preset: Pick<GoServiceDeps, 'mirrors'> = mirrorsOfPreset(runtime)) {
  const service = () =>
    new GoService({
      host: runtime.host(),
      downloadDir: path.join(runtime.dataDir, 'downloads'),
      run: (spec, options) => runLive(runtime, spec, options?.signal, options?.onOutput),
      // The release list, the mirror race and the download go where Windows would send them (proxy, PAC, or direct).
      ...(runtime.proxyResolver ? { get: createHttpGet({ resolver: runtime.proxyResolver }) } : {}),
      ...runtime.serviceOverrides?.go,
      ...preset,
      // An offline bundle's Go, verified against its manifest, takes the place of the download.
      ...(runtime.bundle ? { localTarball: runtime.bundle.localTarball } : {}),
    });
  return {
    'go.releases': (req) =>
      runtime.tasks.run(undefined, async (signal) => {
        // With a bundle, its manifest vouches for the one Go it carries: no release list needed (the PC may be offline).
        const b = await runtime.bundle?.goRelease(req.arch);
        if (b) return { releases: [{ version: b.version, stable: true, filename: b.filename, sha256: b.sha256, size: b.size }], latestStable: b.version, source: path.join(b.dir, 'manifest.json') };
        return service().releases(req, signal);
      }),
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
