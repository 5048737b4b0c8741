import { z } from 'zod';
import { WindowsFacts, WslFacts } from '../contract/preflight';
import { Transcript } from '../transcript/schema';

/**
 * A support report file: a readable summary and the machine transcript (what
 * every command printed), redacted when it was built. `--replay FILE` opens
 * it: readTranscriptFile takes the `transcript` field.
 */
export const REPORT_FORMAT = 'go-wsl-setup.report/1';

export const ReportStepResult = z.enum(['ok', 'failed', 'not-run']);
export type ReportStepResult = z.infer<typeof ReportStepResult>;

export const ReportCommand = z.object({
  probe: z.string(),
  key: z.string().nullable(),
  exitCode: z.number().int().nullable(),
  durationMs: z.number(),
});

export const ReportStep = z.object({
  id: z.string(),
  /** From the commands it ran: failed when the last run of any of them failed. */
  result: ReportStepResult,
  /** What the wizard's own step list said (done, attention, blocked ...), when the page told us. */
  uiState: z.string().nullable(),
  commands: z.array(ReportCommand),
});
export type ReportStep = z.infer<typeof ReportStep>;

export const ReportFinding = z.object({
  /** A catalog ID (docs/catalog.md). */
  id: z.string(),
  /** Where it was found: a preflight check id or the command's probe id. */
  from: z.array(z.string()),
  confidence: z.number().nullable(),
  evidence: z.array(z.string()),
});
export type ReportFinding = z.infer<typeof ReportFinding>;

export const ReportSummary = z.object({
  machine: z.object({ windows: WindowsFacts.nullable(), wsl: WslFacts.nullable() }),
  steps: z.array(ReportStep),
  findings: z.array(ReportFinding),
  checks: z.array(z.object({ id: z.string(), status: z.string(), findings: z.array(z.string()) })),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const SupportReport = z.object({
  format: z.literal(REPORT_FORMAT),
  createdAt: z.string(),
  appVersion: z.string(),
  /** Personal data masked (secrets are removed either way). */
  redacted: z.boolean(),
  /** How many command runs the recording had to leave out (it keeps the first and the latest). */
  droppedRuns: z.number().int(),
  summary: ReportSummary,
  markdown: z.string(),
  transcript: Transcript,
  /** The last lines of main's log file (errors main met in this and earlier sessions), redacted. */
  logTail: z.string().optional(),
});
export type SupportReport = z.infer<typeof SupportReport>;
