import type { WindowsFacts } from '../../../src-shared/contract/preflight';
import type { RestartHistory } from '../../../src-shared/checks/types';
import { blockingRebootReasons } from '../../../src-shared/parse/reboot-reasons';
import { resumeStoreFor, type ResumeScope } from './registry';

/**
 * The restart loop is judged on re-detected facts: the boot time Windows
 * reports now against the one it reported when the wizard asked for the
 * restart. The preflight notes each run's facts here; saving the resume
 * state stamps them into it. Nothing stored is taken as the current state.
 */
/** What judging a restart reads: the resume store (per host) and which recorded machine is in use (null: this PC). */
export interface RestartDeps extends ResumeScope {
  currentMachine(): { readonly id: string } | null;
}

interface BootMark {
  readonly bootUtc: string | null;
  readonly rebootReasons: string[];
}

const lastSeen = new WeakMap<object, BootMark>();

export function noteBootFacts(runtime: object, windows: WindowsFacts): void {
  lastSeen.set(runtime, { bootUtc: windows.lastBootUtc, rebootReasons: blockingRebootReasons(windows.rebootPendingReasons) });
}

/** What to stamp into a resume state being saved (no preflight ran yet: no mark, so no loop is ever assumed). */
export function bootMark(runtime: object): Partial<BootMark> {
  return lastSeen.get(runtime) ?? {};
}

/**
 * A restart seen to have happened stays known for this boot: the resume state
 * that proved it is cleared once the user goes on, and the install that
 * follows must not ask for the same restart again. (A new app session in the
 * same boot has no proof left and asks once more; after that restart the
 * check lets the user go on again, so it never loops.)
 */
const provenRestarts = new WeakMap<object, RestartHistory & { readonly bootUtc: string }>();

export async function restartHistory(runtime: RestartDeps, now: WindowsFacts): Promise<RestartHistory | null> {
  const proven = provenRestarts.get(runtime);
  if (proven && now.lastBootUtc === proven.bootUtc) return { restarted: true, reasonsBefore: proven.reasonsBefore };
  const state = await resumeStoreFor(runtime).read();
  if (state === null || state.machine !== (runtime.currentMachine()?.id ?? null)) return null;
  const before = state.bootUtc ?? null;
  const restarted = before !== null && now.lastBootUtc !== null && before !== now.lastBootUtc;
  const history = { restarted, reasonsBefore: state.rebootReasons ?? [] };
  if (restarted && now.lastBootUtc !== null) provenRestarts.set(runtime, { ...history, bootUtc: now.lastBootUtc });
  return history;
}
