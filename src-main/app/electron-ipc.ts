import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { APP_ORIGIN, IPC_TRANSPORT } from '../../src-shared/contract/wire';
import type { Dispatcher, Emit, SenderContext } from '../ipc/dispatcher';

/**
 * Binds the Dispatcher to Electron IPC. The sender context is built from what
 * Electron tells us about the sending frame, never from the payload: it must
 * be our window's main frame, loaded from our own origin.
 */
export function senderContext(event: IpcMainEvent | IpcMainInvokeEvent, ourContents: () => WebContents | null): SenderContext {
  const frame = event.senderFrame;
  const contents = ourContents();
  const origin = frame ? originOf(frame.url) : 'null';
  const isMainFrame = !!frame && !!contents && event.sender === contents && frame === contents.mainFrame;
  return { transport: 'electron', isMainFrame, origin, authenticated: true };
}

/** Events go to our one window, if it is still there. */
export function electronEmitter(ourContents: () => WebContents | null): Emit {
  return (event, payload) => {
    const wc = ourContents();
    if (wc && !wc.isDestroyed()) wc.send(IPC_TRANSPORT.event, event, forIpc(payload));
  };
}

/**
 * Structured clone serialises a typed array together with its whole underlying
 * ArrayBuffer. Terminal output is often a view into a larger buffer (a batch cut
 * from pending output, or a small Buffer in Node's shared 8 KiB pool), so sending
 * it as is could carry unrelated bytes of main's memory to the renderer. Bytes
 * go out as an exact copy; everything else unchanged.
 */
export function forIpc<P>(payload: P): P {
  if (typeof payload !== 'object' || payload === null || !('data' in payload)) return payload;
  const data = (payload as { data: unknown }).data;
  if (!(data instanceof Uint8Array) || (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength)) return payload;
  return { ...payload, data: new Uint8Array(data) };
}

/**
 * scheme://host of a URL. Not URL.origin: Node's URL gives custom schemes such
 * as our app:// an opaque "null" origin, while Chromium treats app:// (registered
 * as standard) like http. We compare scheme and host ourselves.
 */
export function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : 'null';
  } catch {
    return 'null';
  }
}

export function bindElectronIpc(dispatcher: Dispatcher, ourContents: () => WebContents | null, emit: Emit, log: (line: string) => void): { dispose(): void } {
  ipcMain.handle(IPC_TRANSPORT.invoke, (event, channel: unknown, payload: unknown) =>
    dispatcher.invoke(senderContext(event, ourContents), channel, payload, emit),
  );
  const onSend = (event: IpcMainEvent, channel: unknown, payload: unknown) => {
    const err = dispatcher.command(senderContext(event, ourContents), channel, payload, emit);
    if (err) log(`refused ${String(channel).slice(0, 64)}: ${err.code}`);
  };
  ipcMain.on(IPC_TRANSPORT.send, onSend);
  return {
    dispose() {
      ipcMain.removeHandler(IPC_TRANSPORT.invoke);
      ipcMain.removeListener(IPC_TRANSPORT.send, onSend);
    },
  };
}

export const ALLOWED_ORIGINS = [APP_ORIGIN] as const;
