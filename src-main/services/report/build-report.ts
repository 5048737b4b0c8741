import type { ReportRequest } from '../../../src-shared/contract/report';
import type { Lang } from '../../../src-shared/contract/define';
import { buildReport, type BuiltReport } from '../../../src-shared/report/build';
import type { Runtime } from '../../app/runtime';
import { recordingOf } from '../../host/recording-host';

export interface ReportOptions {
  redact: boolean;
  lang: Lang;
  steps?: ReportRequest['steps'];
  /** For tests: a fixed clock. */
  now?: () => Date;
}

/**
 * Gather what the session saw (the host's recording, the last preflight) and
 * build the report from it. A host without a recording gives a report with
 * the facts and no transcript, and says so in the run count.
 */
export function buildSessionReport(runtime: Runtime, options: ReportOptions): BuiltReport {
  const host = runtime.host();
  const recording = recordingOf(host);
  const preflight = runtime.facts.preflight;
  return buildReport({
    appVersion: runtime.info.version,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    lang: options.lang,
    redact: options.redact,
    preflight,
    entries: recording?.entries() ?? [],
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
