import type { Runtime } from './runtime';
import { Dispatcher } from './dispatcher';
import { createCommandHandlers, createInvokeHandlers } from './handlers';

/** The one place handlers meet the validating dispatcher, for every transport. */
export function createDispatcher(runtime: Runtime, allowedOrigins: readonly string[], log?: (line: string, error?: unknown) => void): Dispatcher {
  return new Dispatcher(createInvokeHandlers(runtime), createCommandHandlers(runtime), {
    allowedOrigins,
    ...(log ? { log } : {}),
  });
}
