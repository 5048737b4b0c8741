import { z } from 'zod';
import { Empty, Id, invoke } from './define';
import { PreflightReport } from './preflight';
import { StepName } from './steps';

/**
 * The Install WSL step and the one-button fixes on the Preflight page, the
 * restart, and where to resume after it. Long work runs under a taskId (cancel
 * with task.cancel); every command shows live in the Terminal.
 */

/** Fixes the wizard runs itself: the fixAction ids the preflight checks name. */
export const WslFixAction = z.enum(['windows.enable-features', 'wsl.update', 'wsl.set-default-version', 'windows.hypervisor-auto']);
export type WslFixAction = z.infer<typeof WslFixAction>;

/** The wizard steps a restart can resume at (kept here so main can validate what it stores). */
export const ResumeStep = StepName;
export type ResumeStep = z.infer<typeof ResumeStep>;

/** Why Windows must restart; the UI says it in words. */
export const RebootReason = z.enum(['features-enabled', 'wsl-installed', 'hypervisor-changed', 'windows-pending']);
export type RebootReason = z.infer<typeof RebootReason>;

export const FindingInfo = z.object({
  /** A catalog ID (catalog.md). */
  id: z.string().max(64),
  confidence: z.number().min(0).max(1),
  /** The lines or facts that led there, as the user would recognise them. */
  evidence: z.array(z.string().max(1024)).max(16),
});
export type FindingInfo = z.infer<typeof FindingInfo>;

/** One command the step ran, how it ended and what the diagnoser made of its output. */
export const WslAttempt = z.object({
  /** What this attempt was: 'install', 'install-web', 'enable-features', 'update-web', ... */
  kind: z.string().max(64),
  /** The command as shown to the reader (never executed as a string). */
  command: z.string().max(4096),
  elevated: z.boolean(),
  exitCode: z.number().int().nullable(),
  ok: z.boolean(),
  findings: z.array(FindingInfo).max(16),
});
export type WslAttempt = z.infer<typeof WslAttempt>;

export const WslOutcome = z.enum(['done', 'reboot-required', 'failed', 'elevation-denied', 'cancelled']);
export type WslOutcome = z.infer<typeof WslOutcome>;

export const WslActionResult = z.object({
  /** 'wsl.install' or one of WslFixAction. */
  action: z.string().max(64),
  outcome: WslOutcome,
  attempts: z.array(WslAttempt).max(16),
  /** The findings that explain a failure (the last failed attempt's), most likely first. */
  findings: z.array(FindingInfo).max(16),
  reboot: z.object({ required: z.boolean(), reasons: z.array(RebootReason) }),
  /** The machine re-detected after the action: the page shows the real state, not what was hoped for. */
  report: PreflightReport.nullable(),
});
export type WslActionResult = z.infer<typeof WslActionResult>;

/** Where to resume after a restart: only the place, never facts (those are re-detected). */
export const ResumeState = z
  .object({
    version: z.literal(1),
    step: ResumeStep,
    reason: RebootReason.nullable(),
    /** The recorded machine it belongs to (demo only), so switching machines does not resume a stranger's step. */
    machine: z.string().max(128).nullable(),
    /** The RunOnce entry was written when this was saved. */
    runOnce: z.boolean(),
    savedAt: z.string().max(64),
    /**
     * Windows' boot time and its blocking restart reasons when the restart was asked for: not a
     * verdict, a mark to compare with what is re-detected afterwards (a changed boot time is a real
     * restart; the same reason still there after it is a restart loop, not a reason to ask again).
     */
    bootUtc: z.string().max(64).nullable().optional(),
    rebootReasons: z.array(z.string().max(32)).max(8).optional(),
  })
  .strict();
export type ResumeState = z.infer<typeof ResumeState>;

export const ResumeInfo = z.object({
  state: ResumeState.nullable(),
  /** The RunOnce entry was written (Windows) or recorded (replay); false when the host could not. */
  runOnce: z.boolean(),
});
export type ResumeInfo = z.infer<typeof ResumeInfo>;

export const wslInvoke = {
  /** Run one fix from a preflight check; answers with the re-detected machine. */
  'wsl.fix': invoke(z.object({ action: WslFixAction, taskId: Id.optional() }).strict(), WslActionResult),
  /** wsl.exe --install --no-distribution, elevated, with the fallbacks. */
  'wsl.install': invoke(z.object({ taskId: Id }).strict(), WslActionResult),
  /**
   * Restart Windows now, if the person says yes in main's own dialog (the page cannot answer it).
   * Saves where to resume and registers the resume first; declined: nothing saved, nothing restarted.
   */
  'system.reboot': invoke(
    // firmware: restart into the UEFI firmware settings (shutdown /r /fw), confirmed the same way.
    z.object({ resumeAt: ResumeStep, reason: RebootReason.nullable(), firmware: z.boolean().default(false) }).strict(),
    z.object({ scheduled: z.boolean(), declined: z.boolean(), delaySeconds: z.number().int(), resume: ResumeInfo }),
  ),
  'session.resumeState.get': invoke(Empty, ResumeInfo),
  /** Save (restart later) or clear (null) where to resume. Saving also registers the resume with Windows. */
  'session.resumeState.set': invoke(
    z.object({ resumeAt: ResumeStep.nullable(), reason: RebootReason.nullable().default(null) }).strict(),
    ResumeInfo,
  ),
} as const;
