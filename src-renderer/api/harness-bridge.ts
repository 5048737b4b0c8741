import type { RawBridge } from '../../src-shared/contract/client';
import { ServerMessage, type ClientMessage } from '../../src-shared/contract/wire';

/**
 * The renderer's side of the harness transport (browser demo and tests):
 * the same RawBridge the preload provides in Electron, over a WebSocket.
 */
export function connectHarness(location: Location): Promise<RawBridge> {
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token') ?? '';
  const url = `ws://${location.host}/api?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(url);
  const pending = new Map<number, (envelope: unknown) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;

  socket.addEventListener('message', (ev) => {
    let data: unknown;
    try {
      data = JSON.parse(String(ev.data));
    } catch {
      return;
    }
    const msg = ServerMessage.safeParse(data);
    if (!msg.success) return;
    if (msg.data.t === 'result') {
      pending.get(msg.data.id)?.(msg.data.envelope);
      pending.delete(msg.data.id);
    } else if (msg.data.t === 'event') {
      const payload = msg.data.payload;
      listeners.get(msg.data.channel)?.forEach((l) => l(payload));
    }
  });
  socket.addEventListener('close', () => {
    for (const resolve of pending.values()) resolve({ error: { code: 'INTERNAL', message: 'connection to the app was lost' } });
    pending.clear();
  });

  const post = (m: ClientMessage) => socket.send(JSON.stringify(m));
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
    socket.addEventListener('open', () => resolve(bridge), { once: true });
    socket.addEventListener('error', () => reject(new Error('cannot reach the app harness')), { once: true });
  });
}
