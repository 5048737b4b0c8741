import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_CHANNELS, EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src-shared/contract';
import { IPC_TRANSPORT } from '../../src-shared/contract/wire';

/**
 * The sandboxed preload: exposes `window.api`, a tiny raw bridge that only
 * forwards the contract's channels (main validates every payload again). The
 * renderer wraps it with createApi() for types and envelope handling.
 */
const invokeSet = new Set<string>(INVOKE_CHANNELS);
const commandSet = new Set<string>(COMMAND_CHANNELS);
const eventSet = new Set<string>(EVENT_CHANNELS);

contextBridge.exposeInMainWorld('api', {
  invoke(channel: unknown, payload: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !invokeSet.has(channel)) {
      return Promise.resolve({ error: { code: 'UNKNOWN_CHANNEL', message: 'unknown channel' } });
    }
    return ipcRenderer.invoke(IPC_TRANSPORT.invoke, channel, payload);
  },
  send(channel: unknown, payload: unknown): void {
    if (typeof channel === 'string' && commandSet.has(channel)) ipcRenderer.send(IPC_TRANSPORT.send, channel, payload);
  },
  on(channel: unknown, listener: unknown): () => void {
    if (typeof channel !== 'string' || !eventSet.has(channel) || typeof listener !== 'function') return () => undefined;
    const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === channel) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(IPC_TRANSPORT.event, handler);
    return () => ipcRenderer.removeListener(IPC_TRANSPORT.event, handler);
  },
});
