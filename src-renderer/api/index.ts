import { createApi, type Api, type RawBridge } from '../../src-shared/contract/client';
import { connectHarness } from './harness-bridge';
import { inThreadPort, workerPort, type RelayPort } from './socket-relay';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in the browser demo. */
    readonly api?: RawBridge;
  }
}

/** The typed API over whichever transport this page runs on. */
export async function connectApi(): Promise<Api> {
  if (window.api) return createApi(window.api);
  const worker = socketWorker();
  if (worker) {
    try {
      return createApi(await connectHarness(window.location, worker));
    } catch {
      // The worker could not load or connect: try once more on this thread before giving up.
    }
  }
  return createApi(await connectHarness(window.location, inThreadPort()));
}

/** The harness socket in a worker (Vite bundles the worker file), or null where workers cannot start. */
function socketWorker(): RelayPort | null {
  try {
    return workerPort(new Worker(new URL('./harness-socket.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return null;
  }
}
