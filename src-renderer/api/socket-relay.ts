/**
 * The harness WebSocket, run next to the page rather than on its main thread.
 *
 * In a terminal flood the page's main thread is fully busy with xterm (parse
 * and render); receiving megabytes of WebSocket frames there as well cost a
 * third of the throughput in the bench. In a dedicated worker the socket is
 * read on another thread, and each frame reaches the page as a transferred
 * ArrayBuffer (no copy). The relay does no parsing: the page validates
 * everything, as it would for frames it read itself.
 */
export type ToRelay = { readonly kind: 'open'; readonly url: string } | { readonly kind: 'send'; readonly text: string };

export type FromRelay =
  | { readonly kind: 'open' }
  | { readonly kind: 'error' }
  | { readonly kind: 'close' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'binary'; readonly data: ArrayBuffer };

/** The page's end of the relay: a worker, or the same logic on this thread where workers are unavailable. */
export interface RelayPort {
  post(msg: ToRelay): void;
  onMessage(listener: (msg: FromRelay) => void): void;
}

/** The relay's logic: owns one WebSocket, forwards frames out and text in. */
export function createRelay(post: (msg: FromRelay, transfer?: Transferable[]) => void): (msg: ToRelay) => void {
  let socket: WebSocket | null = null;
  return (msg) => {
    if (msg.kind === 'open') {
      if (socket) return;
      socket = new WebSocket(msg.url);
      socket.binaryType = 'arraybuffer';
      socket.addEventListener('open', () => post({ kind: 'open' }));
      socket.addEventListener('error', () => post({ kind: 'error' }));
      socket.addEventListener('close', () => post({ kind: 'close' }));
      socket.addEventListener('message', (ev: MessageEvent) => {
        if (typeof ev.data === 'string') post({ kind: 'text', text: ev.data });
        else if (ev.data instanceof ArrayBuffer) post({ kind: 'binary', data: ev.data }, [ev.data]);
      });
    } else if (socket?.readyState === WebSocket.OPEN) {
      socket.send(msg.text);
    }
  };
}

/** The relay running in a worker (see harness-socket.worker.ts). */
export function workerPort(worker: Worker): RelayPort {
  return {
    post: (msg) => worker.postMessage(msg),
    onMessage: (listener) => {
      worker.addEventListener('message', (ev: MessageEvent<FromRelay>) => listener(ev.data));
      // The worker's script failed to load or threw: to the page that is a socket that never opened.
      worker.addEventListener('error', () => listener({ kind: 'error' }));
    },
  };
}

/** The relay on the calling thread (tests, or a page that cannot start the worker). */
export function inThreadPort(): RelayPort {
  const listeners: ((msg: FromRelay) => void)[] = [];
  // Deliver asynchronously, as a worker would, so callers cannot come to depend on re-entrancy.
  const relay = createRelay((msg) => queueMicrotask(() => listeners.forEach((l) => l(msg))));
  return { post: relay, onMessage: (l) => void listeners.push(l) };
}
