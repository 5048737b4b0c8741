import { ApiError } from '../../../src-shared/contract';
import type { RebootReason, ResumeInfo, ResumeState, ResumeStep } from '../../../src-shared/contract/wsl';
import { runLive, type LiveDeps } from '../live-run';
import { resumeStoreFor } from './registry';
import { bootMark } from './restart-history';
import { firmwareRebootSpec, REBOOT_DELAY_SECONDS, rebootSpec, registerResumeSpec, unregisterResumeSpec } from './runonce';

/** What resuming uses: the host and Terminal (RunOnce, restart) and which recorded machine is in use (null: this PC). */
export interface ResumeDeps extends LiveDeps {
  currentMachine(): { readonly id: string } | null;
}

/**
 * Where to pick up after a restart. Saving writes the state atomically and
 * registers the HKCU RunOnce entry (the app with --resume); reading ignores
 * a state saved for another recorded machine; clearing removes both.
 */
export interface ResumeOptions {
  /** The executable RunOnce starts (process.execPath of the app). */
  readonly exePath: string;
  /** More arguments for the RunOnce start (the unattended run: `--unattended --preset FILE`). */
  readonly resumeArgs?: readonly string[];
  readonly now?: () => Date;
  /** Restart into the UEFI firmware settings (shutdown /r /fw /t 0) instead of a plain restart. */
  readonly firmware?: boolean;
}

export async function getResume(runtime: ResumeDeps): Promise<ResumeInfo> {
  const state = await resumeStoreFor(runtime).read();
  const mine = state !== null && state.machine === (runtime.currentMachine()?.id ?? null) ? state : null;
  return { state: mine, runOnce: mine?.runOnce ?? false };
}

export async function saveResume(runtime: ResumeDeps, step: ResumeStep, reason: RebootReason | null, options: ResumeOptions): Promise<ResumeInfo> {
  // RunOnce first: if the registry refuses, the saved state still says so honestly.
  const reg = await runLive(runtime, registerResumeSpec(options.exePath, options.resumeArgs));
  const state: ResumeState = {
    version: 1,
    step,
    reason,
    machine: runtime.currentMachine()?.id ?? null,
    runOnce: reg.exitCode === 0,
    savedAt: (options.now?.() ?? new Date()).toISOString(),
    ...bootMark(runtime),
  };
  await resumeStoreFor(runtime).write(state);
  return { state, runOnce: state.runOnce };
}

export async function clearResume(runtime: ResumeDeps): Promise<ResumeInfo> {
  const store = resumeStoreFor(runtime);
  const had = await store.read();
  await store.clear();
  // Windows deletes a RunOnce value when it runs it; when the user came back another way, remove it ourselves.
  if (had?.runOnce) await runLive(runtime, unregisterResumeSpec());
  return { state: null, runOnce: false };
}

/** Save, register, then restart in a few seconds. A restart that Windows refuses is an error, and the state stays saved for a manual restart. */
export async function rebootNow(
  runtime: ResumeDeps,
  step: ResumeStep,
  reason: RebootReason | null,
  options: ResumeOptions,
): Promise<{ scheduled: boolean; delaySeconds: number; resume: ResumeInfo }> {
  const resume = await saveResume(runtime, step, reason, options);
  const r = await runLive(runtime, options.firmware ? firmwareRebootSpec() : rebootSpec());
  if (r.exitCode !== 0) {
    throw new ApiError('HOST_FAILED', 'Windows did not accept the restart; restart from the Start menu, the wizard will continue afterwards.', {
      exitCode: r.exitCode,
      output: `${r.stdout}\n${r.stderr}`.trim().slice(-2000),
    });
  }
  return { scheduled: true, delaySeconds: options.firmware ? 0 : REBOOT_DELAY_SECONDS, resume };
}
