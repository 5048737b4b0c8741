import { z } from 'zod';
import { Lang, invoke } from './define';
import { StepName } from './steps';

/**
 * The support report. Main builds it from what the session's hosts recorded
 * (the renderer never sends output or file contents): a Markdown summary and
 * the JSON file with the transcript, redacted by default. Saving goes to a
 * path main chooses with the user (a save dialog); the harness has none and
 * answers UNSUPPORTED, where the page downloads the JSON it was shown instead.
 */
const StepStateName = z.enum(['done', 'attention', 'blocked', 'running', 'upcoming']);

export const ReportRequest = z
  .object({
    /** Mask personal data (user and computer names, home paths, e-mail, SSH keys). Secrets are removed either way. */
    redact: z.boolean(),
    /** The language of the Markdown summary's headings (IDs and outputs stay as they are). */
    lang: Lang.default('en'),
    /** The step states the page shows, so the summary says what the user saw. */
    steps: z.partialRecord(StepName, StepStateName).optional(),
  })
  .strict();
export type ReportRequest = z.input<typeof ReportRequest>;

export const ReportBuildResult = z.object({
  markdown: z.string(),
  json: z.string(),
  fileName: z.string().max(128).regex(/^[A-Za-z0-9._-]+$/),
  redacted: z.boolean(),
  /** How many command runs the transcript holds. */
  runs: z.number().int().nonnegative(),
});
export type ReportBuildResult = z.infer<typeof ReportBuildResult>;

export const reportInvoke = {
  'report.build': invoke(ReportRequest, ReportBuildResult),
  /** Build again and write it where the user chooses (JSON, or Markdown when they pick a .md name). */
  'report.save': invoke(ReportRequest, z.object({ saved: z.boolean(), path: z.string().nullable() })),
} as const;
