import type { ReportRequest } from '../../../src-shared/contract/report';
import type { Lang } from '../../../src-shared/contract/define';
import { buildReport, type BuiltReport } from '../../../src-shared/report/build';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import type { Host } from '../../host/types';
import { recordingOf } from '../../host/recording-host';
import { withNeutralPacs } from './pac-entries';

export interface ReportOptions {
  redact: boolean;
  lang: Lang;
  steps?: ReportRequest['steps'];
  /** For tests: a fixed clock. */
  now?: () => Date;
}

/** What a report is built from: the host (its recording), the last preflight, and the app's version and locale. */
export interface ReportDeps {
  host(): Host;
  readonly facts: { readonly preflight: PreflightReport | null };
  readonly info: { readonly version: string; readonly osLocale: string };
  /** The end of main's log file (absent: no log in this session). */
  logTail?(): string;
}

/**
 * Gather what the session saw (the host's recording, the last preflight) and
 * build the report from it. A host without a recording gives a report with
 * the facts and no transcript, and says so in the run count.
 */
export function buildSessionReport(runtime: ReportDeps, options: ReportOptions): BuiltReport {
  const host = runtime.host();
  const recording = recordingOf(host);
  const preflight = runtime.facts.preflight;
  const entries = recording?.entries() ?? [];
  return buildReport({
    appVersion: runtime.info.version,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    lang: options.lang,
    redact: options.redact,
    preflight,
    // A PAC names company hosts and networks: personal data, kept only when the user shows personal data.
    entries: options.redact ? withNeutralPacs(entries) : entries,
    droppedRuns: recording?.droppedCount ?? 0,
    locale: preflight?.windows.uiCulture ?? runtime.info.osLocale,
    uiStates: Object.fromEntries(Object.entries(options.steps ?? {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
    logTail: runtime.logTail?.() ?? '',
    known: {
      users: recording?.knownNames().users ?? [],
      hosts: recording?.knownNames().hosts ?? [],
    },
  });
}
