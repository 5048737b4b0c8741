/// <reference lib="webworker" />
import { createRelay, type ToRelay } from './socket-relay';

/** The harness socket's worker: see socket-relay.ts for why it exists. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const relay = createRelay((msg, transfer) => scope.postMessage(msg, transfer ?? []));
scope.addEventListener('message', (ev: MessageEvent<ToRelay>) => relay(ev.data));
