import { isApiError } from '../../../src-shared/contract/errors';

/**
 * A failed call as the pages show it: the catalog ID when main named one
 * (services put it in the error details), the error code, and the message.
 */
export interface Failure {
  readonly code: string;
  readonly message: string;
  readonly catalogId: string | null;
}

export function failureOf(e: unknown): Failure {
  if (isApiError(e)) {
    const d = e.details;
    const id = typeof d === 'object' && d !== null && 'catalogId' in d && typeof d.catalogId === 'string' ? d.catalogId : null;
    return { code: e.code, message: e.message, catalogId: id };
  }
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e), catalogId: null };
}

export function isCancelled(f: Failure | null): boolean {
  return f?.code === 'CANCELLED';
}
