import type { Runtime } from './runtime';
import { clearResume, getResume, rebootNow, saveResume } from '../services/resume';
import { installWsl, runFix } from '../services/wsl';
import type { InvokeHandlers } from './dispatcher';

/**
 * The Install WSL step, the Preflight fix buttons, the restart and the
 * resume state, bound to their services. Spread into createInvokeHandlers.
 * The RunOnce entry starts this very executable again with --resume.
 */
export function createWslHandlers(runtime: Runtime, exePath: string = process.execPath) {
  return {
    'wsl.fix': ({ action, taskId }) => runtime.tasks.run(taskId, (signal) => runFix(runtime, action, signal)),
    'wsl.install': ({ taskId }) => runtime.tasks.run(taskId, (signal) => installWsl(runtime, signal)),
    'system.reboot': ({ resumeAt, reason }) => rebootNow(runtime, resumeAt, reason, { exePath }),
    'session.resumeState.get': () => getResume(runtime),
    'session.resumeState.set': ({ resumeAt, reason }) =>
      resumeAt === null ? clearResume(runtime) : saveResume(runtime, resumeAt, reason, { exePath }),
  } satisfies Partial<InvokeHandlers>;
}
