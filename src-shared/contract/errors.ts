import { z } from 'zod';

/**
 * Typed error codes that cross the bridge. Handlers throw ApiError (or anything,
 * which becomes INTERNAL); the renderer receives the same class back.
 */
export const ErrorCode = z.enum([
  'VALIDATION', // payload did not match the channel's schema
  'UNKNOWN_CHANNEL', // no such channel in the contract
  'FORBIDDEN_SENDER', // the message did not come from our own main frame / authenticated client
  'CANCELLED', // the user (or a newer request) cancelled the work
  'TIMEOUT', // a process or probe ran past its deadline
  'HOST_FAILED', // a command on the host failed; details carry the structured run error
  'ELEVATION_DENIED', // the UAC prompt was cancelled: nothing changed
  'NOT_FOUND', // a session, task or file that does not exist
  'CONFLICT', // the state changed under us (e.g. a file edited since the preview)
  'READ_ONLY', // replaying a recorded machine: actions are not performed
  'UNSUPPORTED', // this host cannot do that (e.g. a pty on the replay host)
  'LOCKED', // the preset locks this choice (or is invalid): main refuses the change
  'INTERNAL', // a bug: the message is generic, details are in the main-side log
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorPayload = z.object({
  code: ErrorCode,
  message: z.string().max(8192),
  /** Structured, JSON-safe extra information (e.g. validation issues, exit code). */
  details: z.unknown().optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** The `{result}|{error}` envelope every invoke answers with. */
export const Envelope = z.union([
  z.object({ result: z.unknown() }).strict(),
  z.object({ error: ErrorPayload }).strict(),
]);
export type Envelope<T = unknown> = { result: T } | { error: ErrorPayload };

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
