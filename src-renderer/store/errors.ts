import { isApiError } from '../../src-shared/contract/errors';

/** A short, user-presentable message for anything thrown by an Api call. */
export function messageOf(e: unknown): string {
  if (isApiError(e)) return `${e.message} (${e.code})`;
  if (e instanceof Error) return e.message;
  return String(e);
}
