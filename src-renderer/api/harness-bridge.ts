import type { RawBridge } from '../../src-shared/contract/client';
import { decodeTerminalFrame } from '../../src-shared/contract/terminal-frame';
import { ServerMessage, type ClientMessage } from '../../src-shared/contract/wire';
import { inThreadPort, type RelayPort } from './socket-relay';

/**
 * The renderer's side of the harness transport (browser demo and tests):
 * the same RawBridge the preload provides in Electron, over a WebSocket that
 * a relay (normally a worker) reads. Text frames are JSON messages; binary
 * frames are terminal output (terminal-frame.ts).
 */
export function connectHarness(location: Location, port: RelayPort = inThreadPort()): Promise<RawBridge> {
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token') ?? '';
  const url = `ws://${location.host}/api?token=${encodeURIComponent(token)}`;
  const pending = new Map<number, (envelope: unknown) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let settle: { resolve: (b: RawBridge) => void; reject: (e: Error) => void } | null = null;

  const dispatch = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));

  const onText = (text: string) => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return;
    }
    const msg = ServerMessage.safeParse(data);
    if (!msg.success) return;
    if (msg.data.t === 'result') {
      pending.get(msg.data.id)?.(msg.data.envelope);
      pending.delete(msg.data.id);
    } else if (msg.data.t === 'event') {
      dispatch(msg.data.channel, msg.data.payload);
    }
  };

  port.onMessage((msg) => {
    switch (msg.kind) {
      case 'text':
        return onText(msg.text);
      case 'binary': {
        const frame = decodeTerminalFrame(new Uint8Array(msg.data));
        if (frame) dispatch('terminal.data', frame);
        return;
      }
      case 'open':
        settle?.resolve(bridge);
        settle = null;
        return;
      case 'error':
        settle?.reject(new Error('cannot reach the app harness'));
        settle = null;
        return;
      case 'close':
        for (const resolve of pending.values()) resolve({ error: { code: 'INTERNAL', message: 'connection to the app was lost' } });
        pending.clear();
        return;
    }
  });

  const post = (m: ClientMessage) => port.post({ kind: 'send', text: JSON.stringify(m) });
  const bridge: RawBridge = {
    invoke(channel, payload) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        post({ t: 'invoke', id, channel, payload });
      });
    },
    send(channel, payload) {
      post({ t: 'send', channel, payload });
    },
    on(channel, listener) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  return new Promise((resolve, reject) => {
    settle = { resolve, reject };
    port.post({ kind: 'open', url });
  });
}
