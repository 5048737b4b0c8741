import { z } from 'zod';

/**
 * The harness transport's wire format: the same contract, carried over a
 * WebSocket bound to 127.0.0.1 instead of Electron IPC. Used by the browser
 * demo and the tests; main-side it reaches the same Dispatcher.
 *
 * The page is opened as http://127.0.0.1:PORT/#token=TOKEN (the fragment never
 * reaches a server log); it connects to ws://127.0.0.1:PORT/api?token=TOKEN.
 */
export const WIRE_MAX_MESSAGE_BYTES = 1024 * 1024;

export const ClientMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('invoke'), id: z.number().int().nonnegative(), channel: z.string().max(128), payload: z.unknown() }),
  z.object({ t: z.literal('send'), channel: z.string().max(128), payload: z.unknown() }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

export const ServerMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('result'), id: z.number().int().nonnegative(), envelope: z.unknown() }),
  z.object({ t: z.literal('event'), channel: z.string(), payload: z.unknown() }),
  /** A fire-and-forget command was refused (validation, sender): reported so tests can see it. */
  z.object({ t: z.literal('refused'), channel: z.string(), code: z.string(), message: z.string() }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

/**
 * The Electron transport's three IPC names. Contract channels travel inside
 * them as data, so the preload and main validate one list, not many listeners.
 */
export const IPC_TRANSPORT = {
  invoke: 'gws:invoke',
  send: 'gws:send',
  event: 'gws:event',
} as const;

/** The origin our renderer is served from inside Electron (a privileged, standard, secure scheme). */
export const APP_ORIGIN = 'app://go-wsl-setup';
