import type { Lang } from '../contract/define';
import type { ReportSummary } from './schema';
import { word } from './markdown-words';

export interface MarkdownMeta {
  lang: Lang;
  createdAt: string;
  appVersion: string;
  redacted: boolean;
  runs: number;
  droppedRuns: number;
  /** The end of main's log, already redacted; its last LOG_LINES lines are shown. */
  logTail?: string;
}

const LOG_LINES = 40;

/** Table cells: one line, pipes escaped, so hostile output cannot break the table or inject markup. */
function cell(v: unknown, lang: Lang): string {
  if (v === null || v === undefined || v === '') return `_${word(lang, 'notReported')}_`;
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|').replace(/`/g, "'").slice(0, 300);
}
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** The readable half of a report: what the support person reads before opening the transcript. */
export function renderMarkdown(summary: ReportSummary, meta: MarkdownMeta): string {
  const { lang } = meta;
  const w = (k: string, p?: Record<string, string | number>) => word(lang, k, p);
  const out: string[] = [];
  out.push(`# ${w('title')}`, '');
  out.push(`- ${w('created')}: ${meta.createdAt}`);
  out.push(`- ${w('version')}: ${meta.appVersion}`);
  out.push(`- ${w('personal')}: ${meta.redacted ? w('hidden') : w('shown')}`);
  out.push(`- ${w('secretsNote')}`, '');

  out.push(`## ${w('machine')}`, '', `| ${w('fact')} | ${w('value')} |`, '|---|---|');
  const win = summary.machine.windows;
  const wsl = summary.machine.wsl;
  const rows: [string, unknown][] = [
    [w('row.windows'), win ? [win.productName, win.displayVersion].filter(Boolean).join(' ') : null],
    [w('row.build'), win?.build !== null && win?.build !== undefined ? `${win.build}${win.ubr !== null ? `.${win.ubr}` : ''}` : null],
    [w('row.edition'), win?.edition],
    [w('row.architecture'), win?.architecture],
    [w('row.uiCulture'), win?.uiCulture],
    [w('row.virtualizationFirmware'), win?.virtualizationFirmwareEnabled],
    [w('row.hypervisor'), win?.hypervisorPresent],
    [w('row.vmp'), win?.features.virtualMachinePlatform],
    [w('row.wslFeature'), win?.features.wsl],
    [w('row.rebootPending'), win?.rebootPending],
    [w('row.policy'), win?.policyBlocksWsl],
    [w('row.freeGb'), win?.systemDriveFreeBytes != null ? (win.systemDriveFreeBytes / 1e9).toFixed(1) : null],
    [w('row.proxy'), win ? (win.proxy.wininetEnabled ? win.proxy.wininetServer : false) : null],
    [w('row.wslVersion'), wsl?.wslVersion],
    [w('row.kernel'), wsl?.kernelVersion],
    [w('row.defaultVersion'), wsl?.defaultVersion],
    [w('row.distros'), wsl?.distros?.map((d) => `${d.name} (WSL ${d.version ?? '?'}, ${d.state})${d.isDefault ? ' *' : ''}`).join(', ')],
  ];
  for (const [k, v] of rows) out.push(`| ${k} | ${cell(v, lang)} |`);
  out.push('');

  out.push(`## ${w('steps')}`, '', `| ${w('step')} | ${w('result')} | ${w('shownAs')} | ${w('commands')} |`, '|---|---|---|---|');
  for (const s of summary.steps) {
    const cmds = s.commands.map((c) => `${c.probe}${c.key ? `[${c.key}]` : ''} (${c.exitCode ?? '-'})`).join(', ');
    out.push(`| ${code(s.id)} | ${w(`result.${s.result}`)} | ${cell(s.uiState, lang)} | ${cell(cmds || null, lang)} |`);
  }
  out.push('');

  out.push(`## ${w('findings')}`, '');
  if (summary.findings.length === 0) out.push(w('noFindings'));
  for (const f of summary.findings) {
    const conf = f.confidence !== null ? ` ${Math.round(f.confidence * 100)}%` : '';
    out.push(`- ${code(f.id)}${conf} — ${w('from')} ${f.from.map(code).join(', ')}`);
    for (const e of f.evidence) out.push(`  - ${cell(e, lang)}`);
  }
  out.push('');

  if (summary.checks.length > 0) {
    out.push(`## ${w('checks')}`, '');
    for (const c of summary.checks) out.push(`- ${code(c.id)}: ${c.status}${c.findings.length ? ` (${c.findings.map(code).join(', ')})` : ''}`);
    out.push('');
  }

  out.push(`## ${w('transcript')}`, '', w('transcriptNote', { count: meta.runs }));
  if (meta.droppedRuns > 0) out.push('', w('dropped', { count: meta.droppedRuns }));
  out.push('');

  const logLines = (meta.logTail ?? '').split(/\r?\n/).filter((l) => l.trim() !== '').slice(-LOG_LINES);
  if (logLines.length > 0) {
    // A fence longer than any backtick run in the log, so a logged line cannot close it.
    const longest = Math.max(0, ...logLines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length))));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    out.push(`## ${w('log')}`, '', w('logNote'), '', fence, ...logLines, fence, '');
  }
  return out.join('\n');
}
