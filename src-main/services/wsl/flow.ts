import type { PreflightReport } from '../../../src-shared/contract/preflight';
import type { WslActionResult, WslAttempt, WslOutcome } from '../../../src-shared/contract/wsl';
import type { LiveDeps } from '../live-run';
import type { CommandSpec } from '../../host/types';
import { runPreflight } from '../preflight';
import { ElevationDenied, runAttempt, type AttemptRun } from './attempt';
import { rebootReasons } from './reboot';

/**
 * The bookkeeping every action shares: attempts in order, the facts the
 * diagnoser uses, how it ended, and the re-detection afterwards (the page
 * shows the machine as it is now, not as we hoped it would be).
 */
export class ActionFlow {
  readonly attempts: AttemptRun[] = [];

  constructor(
    private readonly runtime: LiveDeps,
    readonly action: string,
    private facts: PreflightReport | null,
    private readonly signal?: AbortSignal,
  ) {}

  run(kind: string, spec: CommandSpec): Promise<AttemptRun> {
    return runAttempt(this.runtime, kind, spec, this.facts, this.signal).then((a) => {
      this.attempts.push(a);
      return a;
    });
  }

  /** Finish: re-detect unless cancelled, work out the restart, name the outcome. */
  async finish(ended: 'ran' | 'denied'): Promise<WslActionResult> {
    const cancelled = this.signal?.aborted === true || this.attempts.some((a) => a.cancelled);
    const report = cancelled ? null : await runPreflight(this.runtime, this.signal);
    const list: WslAttempt[] = this.attempts.map((a) => a.attempt);
    const last = list[list.length - 1];
    const failed = last !== undefined && !last.ok;
    const reasons = rebootReasons(
      list.map((a) => ({ kind: a.kind, ok: a.ok, exitCode: a.exitCode, findingIds: a.findings.map((f) => f.id) })),
      report,
    );
    let outcome: WslOutcome;
    if (cancelled) outcome = 'cancelled';
    else if (ended === 'denied') outcome = 'elevation-denied';
    else if (failed) outcome = 'failed';
    else outcome = reasons.length > 0 ? 'reboot-required' : 'done';
    return {
      action: this.action,
      outcome,
      attempts: list,
      findings: failed ? last.findings : [],
      reboot: { required: reasons.length > 0 && outcome !== 'failed', reasons },
      report,
    };
  }

  /** Run `body`; a refused UAC prompt ends the flow as 'elevation-denied' with what ran before it. */
  async guard(body: () => Promise<void>): Promise<WslActionResult> {
    try {
      await body();
    } catch (e) {
      if (e instanceof ElevationDenied) return this.finish('denied');
      throw e;
    }
    return this.finish('ran');
  }
}
