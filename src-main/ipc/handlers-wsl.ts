import type { Runtime } from './runtime';
import { REFUSE_ALL } from './confirmer';
import { clearResume, getResume, rebootNow, REBOOT_DELAY_SECONDS, saveResume } from '../services/resume';
import { installWsl, runFix } from '../services/wsl';
import type { InvokeHandlers } from './dispatcher';

/**
 * The Install WSL step, the Preflight fix buttons, the restart and the
 * resume state, bound to their services. Spread into createInvokeHandlers.
 * The RunOnce entry starts this very executable again with --resume.
 */
export function createWslHandlers(runtime: Runtime, exePath: string = process.execPath) {
  return {
    // The flow names its outcome ('cancelled' only when the elevated command has ended): keep it.
    'wsl.fix': ({ action, taskId }) => runtime.tasks.run(taskId, (signal) => runFix(runtime, action, signal), { ownOutcome: true }),
    'wsl.install': ({ taskId }) => runtime.tasks.run(taskId, (signal) => installWsl(runtime, signal), { ownOutcome: true }),
    // Only on the person's yes in main's own dialog: a restart closes every program without asking.
    // Into the UEFI settings (firmware) the same way: the person's yes to exactly that question, or nothing.
    'system.reboot': async ({ resumeAt, reason, firmware }) => {
      const delaySeconds = firmware ? 0 : REBOOT_DELAY_SECONDS;
      const question = firmware ? ({ kind: 'rebootFirmware' } as const) : ({ kind: 'reboot', delaySeconds } as const);
      if (!(await (runtime.confirmer ?? REFUSE_ALL).confirm(question))) {
        return { scheduled: false, declined: true, delaySeconds, resume: await getResume(runtime) };
      }
      return { ...(await rebootNow(runtime, resumeAt, reason, { exePath, firmware })), declined: false };
    },
    'session.resumeState.get': () => getResume(runtime),
    'session.resumeState.set': ({ resumeAt, reason }) =>
      resumeAt === null ? clearResume(runtime) : saveResume(runtime, resumeAt, reason, { exePath }),
  } satisfies Partial<InvokeHandlers>;
}
