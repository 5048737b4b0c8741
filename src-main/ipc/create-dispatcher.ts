import type { Runtime } from './runtime';
import { Dispatcher } from './dispatcher';
import { createCommandHandlers, createInvokeHandlers } from './handlers';
import { withPresetLocks } from './preset-locks';
import { withJourneyRecording } from './journey-choices';

/** The one place handlers meet the validating dispatcher, for every transport. */
export function createDispatcher(runtime: Runtime, allowedOrigins: readonly string[], log?: (line: string, error?: unknown) => void): Dispatcher {
  // The preset's locks sit between validation and the handlers (preset-locks.ts).
  return new Dispatcher(withPresetLocks(runtime, withJourneyRecording(runtime, createInvokeHandlers(runtime))), createCommandHandlers(runtime), {
    allowedOrigins,
    ...(log ? { log } : {}),
  });
}
