import { ApiError, isApiError } from '../../../src-shared/contract';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import type { FindingInfo, WslAttempt } from '../../../src-shared/contract/wsl';
import { diagnoseOffThread } from '../../diagnose-worker/client';
import { isElevationDenied } from '../../host/elevation';
import { isStillRunning } from '../../host/elevation-runner';
import type { CommandSpec, RunResult } from '../../host/types';
import { displayArgv, runLive, type LiveDeps } from '../live-run';
import { EXIT_SUCCESS_REBOOT_REQUIRED } from './commands';

export interface AttemptRun {
  readonly attempt: WslAttempt;
  readonly result: RunResult;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
}

/**
 * An elevated command was asked to stop (cancel or timeout) and has not
 * confirmed that it ended: it may still be running, so nothing else may start
 * and nothing may say "cancelled".
 */
export class ElevatedStillRunning extends Error {
  constructor(
    readonly kind: string,
    readonly command: string,
  ) {
    super('The administrator command has not confirmed that it stopped.');
    this.name = 'ElevatedStillRunning';
  }
}

/** The UAC prompt was refused: nothing ran, nothing changed. Carries what ran before it. */
export class ElevationDenied extends Error {
  constructor(readonly kind: string) {
    super('The administrator prompt was cancelled: nothing was changed.');
    this.name = 'ElevationDenied';
  }
}

const MAX_EVIDENCE = 16;

/**
 * Run one command of the step live in the Terminal and judge it: success by
 * exit code (3010 = done, restart needed), the output through the
 * diagnoser with the machine's facts (an HCS_E_HYPERV_NOT_INSTALLED means
 * different things with virtualization on or off). A refused UAC prompt
 * (the Windows host's ELEVATION_DENIED, or a replayed 1223) becomes
 * ElevationDenied for the flow to report.
 */
export async function runAttempt(
  runtime: LiveDeps,
  kind: string,
  spec: CommandSpec,
  facts: PreflightReport | null,
  signal?: AbortSignal,
): Promise<AttemptRun> {
  let result: RunResult;
  try {
    result = await runLive(runtime, spec, signal);
  } catch (e) {
    if (isApiError(e) && e.code === 'ELEVATION_DENIED') throw new ElevationDenied(kind);
    if (isStillRunning(e)) throw new ElevatedStillRunning(kind, displayArgv(spec));
    throw e;
  }
  if (spec.elevated && isElevationDenied(result)) throw new ElevationDenied(kind);
  if (result.exitCode === 127 && /was not recorded on this machine/.test(result.stderr)) {
    // A recorded machine without this answer: say so plainly rather than diagnose the replay's own message.
    throw new ApiError('UNSUPPORTED', `this recorded machine has no answer for "${spec.id}${spec.key ? ` (${spec.key})` : ''}"`);
  }
  const output = `${result.stdout}\n${result.stderr}`;
  const said = output.trim() !== '';
  const exitOk = !result.timedOut && !result.cancelled && (result.exitCode === 0 || result.exitCode === EXIT_SUCCESS_REBOOT_REQUIRED);
  // What the output itself says, without the machine's facts: Windows' own pending restart is the reboot-pending
  // check's to judge, so a restart loop cannot come back through a successful command.
  // Off main's thread: a megabyte of installer output must not freeze the window (diagnose-worker/client.ts).
  const ownWords = exitOk && said ? (await diagnoseOffThread({ text: output, facts: null })).findings : [];
  // The in-box wsl.exe may answer `--install` with only its usage text: whatever its exit code, nothing was installed.
  const ok = exitOk && !ownWords.some((f) => f.id === 'WSL_INBOX_LEGACY');
  const findings = ok
    ? ownWords
    : said
      ? (await diagnoseOffThread({ text: output, facts: facts ? { windows: facts.windows, wsl: facts.wsl } : null })).findings
      : [];
  // A successful run only keeps what it says about the future (a restart); "UNKNOWN" on success is noise.
  const kept = ok ? findings.filter((f) => f.id === 'WSL_REBOOT_PENDING') : findings;
  return {
    attempt: {
      kind,
      command: displayArgv(spec),
      elevated: spec.elevated === true,
      exitCode: result.exitCode,
      ok,
      findings: kept.slice(0, MAX_EVIDENCE).map(toInfo),
    },
    result,
    timedOut: result.timedOut,
    cancelled: result.cancelled,
  };
}

export function toInfo(f: { id: string; confidence: number; evidence: readonly string[] }): FindingInfo {
  return { id: f.id, confidence: f.confidence, evidence: f.evidence.slice(0, MAX_EVIDENCE).map((e) => e.slice(0, 1024)) };
}
