import type { Lang } from '../contract/define';
import type { PreflightReport } from '../contract/preflight';
import { TRANSCRIPT_FORMAT, type Transcript, type TranscriptEntry } from '../transcript/schema';
import { renderMarkdown } from './markdown';
import { createRedactor, redactDeep, stringsOf } from './redact';
import { REPORT_FORMAT, type SupportReport } from './schema';
import { buildSummary } from './summary';

export interface ReportInputs {
  appVersion: string;
  /** When the report was made (ISO 8601); a parameter so the builder stays pure. */
  createdAt: string;
  lang: Lang;
  /** Mask personal data; secrets are removed either way. */
  redact: boolean;
  preflight: PreflightReport | null;
  entries: readonly TranscriptEntry[];
  droppedRuns?: number;
  /** The machine's display language, so the replay opens in it. */
  locale?: string;
  uiStates?: Readonly<Record<string, string>>;
  /** The end of main's log file (already redacted when written; redacted again here with the report's choice). */
  logTail?: string;
  /** What the session knows is personal or secret. */
  known?: { users?: readonly string[]; hosts?: readonly string[]; secrets?: readonly string[] };
}

export interface BuiltReport {
  report: SupportReport;
  markdown: string;
  json: string;
  fileName: string;
}

const textsOf = (e: TranscriptEntry) => [e.stdout, e.stderr].flatMap((o) => (o && 'text' in o ? [o.text] : []));

/**
 * The whole report, redacted as one: names learned anywhere (a home path in
 * one output) are masked everywhere (the same name alone in another). Built
 * from data only: main gathers the inputs, this decides what goes out.
 */
export function buildReport(inputs: ReportInputs): BuiltReport {
  const corpus = [...inputs.entries.flatMap(textsOf), ...stringsOf(inputs.preflight)];
  const redact = createRedactor(
    {
      personal: inputs.redact,
      users: inputs.known?.users ?? [],
      hosts: inputs.known?.hosts ?? [],
      secrets: inputs.known?.secrets ?? [],
    },
    corpus,
  );
  const entries: TranscriptEntry[] = inputs.entries.map((e) => {
    const out: TranscriptEntry = { ...e };
    if (e.stdout) out.stdout = 'text' in e.stdout ? { ...e.stdout, text: redact(e.stdout.text) } : { text: '[binary output left out]', encoding: 'utf8' };
    if (e.stderr) out.stderr = 'text' in e.stderr ? { ...e.stderr, text: redact(e.stderr.text) } : { text: '[binary output left out]', encoding: 'utf8' };
    // Keys are distro names the replay matches on; they are masked only if they carry a personal name.
    if (e.key !== undefined) out.key = redact(e.key);
    return out;
  });
  const preflight = inputs.preflight ? redactDeep(inputs.preflight, redact) : null;
  const logTail = inputs.logTail ? redact(inputs.logTail) : '';
  const summary = buildSummary({ preflight, entries, uiStates: inputs.uiStates ?? {} });
  const markdown = renderMarkdown(summary, {
    lang: inputs.lang,
    createdAt: inputs.createdAt,
    appVersion: inputs.appVersion,
    redacted: inputs.redact,
    runs: entries.length,
    droppedRuns: inputs.droppedRuns ?? 0,
    logTail,
  });
  const stamp = inputs.createdAt.replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const transcript: Transcript = {
    format: TRANSCRIPT_FORMAT,
    machine: {
      id: 'support-report',
      title: { en: `Support report ${inputs.createdAt.slice(0, 10)}`, 'zh-CN': `支持报告 ${inputs.createdAt.slice(0, 10)}` },
      description: {
        en: 'The machine in a support report, replayed read-only.',
        'zh-CN': '支持报告中的电脑，以只读方式重放。',
      },
      ...(inputs.locale ? { locale: inputs.locale } : {}),
    },
    initialPhase: 'start',
    entries,
  };
  const report: SupportReport = {
    format: REPORT_FORMAT,
    createdAt: inputs.createdAt,
    appVersion: inputs.appVersion,
    redacted: inputs.redact,
    droppedRuns: inputs.droppedRuns ?? 0,
    summary,
    markdown,
    transcript,
    ...(logTail ? { logTail } : {}),
  };
  return { report, markdown, json: `${JSON.stringify(report, null, 2)}\n`, fileName: `go-wsl-setup-report-${stamp}.json` };
}
