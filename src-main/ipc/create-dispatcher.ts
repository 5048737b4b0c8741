import type { Runtime } from './runtime';
import { Dispatcher } from './dispatcher';
import { createCommandHandlers, createInvokeHandlers } from './handlers';
import { withPresetLocks } from './preset-locks';
import { withJourneyRecording } from './journey-choices';
import { withPresetDefaults } from './preset-defaults';

/** The one place handlers meet the validating dispatcher, for every transport. */
export function createDispatcher(runtime: Runtime, allowedOrigins: readonly string[], log?: (line: string, error?: unknown) => void): Dispatcher {
  // Between validation and the handlers, in this order: the preset fills what a request leaves open,
  // its locks refuse what changes a locked choice, and what succeeds is recorded for "save as a preset".
  const handlers = withPresetDefaults(runtime, withPresetLocks(runtime, withJourneyRecording(runtime, createInvokeHandlers(runtime))));
  return new Dispatcher(handlers, createCommandHandlers(runtime), {
    allowedOrigins,
    ...(log ? { log } : {}),
  });
}
