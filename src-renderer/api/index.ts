import { createApi, type Api, type RawBridge } from '../../src-shared/contract/client';
import { connectHarness } from './harness-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in the browser demo. */
    readonly api?: RawBridge;
  }
}

/** The typed API over whichever transport this page runs on. */
export async function connectApi(): Promise<Api> {
  const bridge = window.api ?? (await connectHarness(window.location));
  return createApi(bridge);
}
