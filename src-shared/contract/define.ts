import { z } from 'zod';

/**
 * Building blocks of the contract. Every channel is declared once, as zod schemas;
 * the TypeScript types, the preload bridge, the main-side registration and the
 * harness client are all derived from those declarations.
 */

/** A request/response channel (renderer -> main -> renderer). */
export interface InvokeDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly request: Req;
  readonly response: Res;
}

export function invoke<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): InvokeDef<Req, Res> {
  return { request, response };
}

/** Limits that every string crossing the bridge respects, so a hostile payload cannot balloon memory. */
export const LIMITS = {
  shortText: 256,
  text: 4096,
  terminalInput: 64 * 1024,
  id: 128,
} as const;

/** Identifiers chosen by the renderer (task ids, session ids): plain, short, printable. */
export const Id = z.string().min(1).max(LIMITS.id).regex(/^[A-Za-z0-9._:-]+$/, 'identifier: letters, digits, . _ : - only');

export const Empty = z.object({}).strict();

/**
 * A Uint8Array, also when it was made in another JavaScript realm (Electron's
 * contextBridge copies it into the page's world), hence no instanceof.
 */
export const Utf8Bytes = z.custom<Uint8Array>((v) => ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === '[object Uint8Array]', 'expected bytes (Uint8Array)');

export const Lang = z.enum(['en', 'zh-CN']);
export type Lang = z.infer<typeof Lang>;
