import type { PreflightReport } from '../contract/preflight';
import { diagnose } from '../diagnose';
import type { TranscriptEntry } from '../transcript/schema';
import type { ReportFinding, ReportStep, ReportSummary } from './schema';
import { REPORT_STEPS, stepOfProbe } from './steps';

export interface SummaryInputs {
  preflight: PreflightReport | null;
  entries: readonly TranscriptEntry[];
  /** The step states the page showed, by step id (optional: a report from the CLI has none). */
  uiStates?: Readonly<Record<string, string>>;
}

const textOf = (e: TranscriptEntry) =>
  [e.stdout, e.stderr].map((o) => (o && 'text' in o ? o.text : '')).filter(Boolean).join('\n');

/** Machine facts, each step's result, and the findings with their IDs: what a support person reads first. */
export function buildSummary({ preflight, entries, uiStates = {} }: SummaryInputs): ReportSummary {
  const steps: ReportStep[] = [];
  for (const id of [...REPORT_STEPS, 'other'] as const) {
    const runs = entries.filter((e) => stepOfProbe(e.probe) === id);
    if (id === 'other' && runs.length === 0) continue;
    // The latest run of each command decides: a failure the user then fixed is not a failed step.
    const latest = new Map<string, TranscriptEntry>();
    for (const r of runs) latest.set(`${r.probe}\u0000${r.key ?? ''}`, r);
    const failed = [...latest.values()].some((r) => r.exitCode !== 0);
    steps.push({
      id,
      result: runs.length === 0 ? 'not-run' : failed ? 'failed' : 'ok',
      uiState: uiStates[id] ?? null,
      commands: runs.map((r) => ({ probe: r.probe, key: r.key ?? null, exitCode: r.exitCode, durationMs: r.durationMs ?? 0 })),
    });
  }
  return {
    machine: { windows: preflight?.windows ?? null, wsl: preflight?.wsl ?? null },
    steps,
    findings: collectFindings(preflight, entries),
    checks: (preflight?.checks ?? []).map((c) => ({ id: c.id, status: c.status, findings: [...c.findings] })),
  };
}

function collectFindings(preflight: PreflightReport | null, entries: readonly TranscriptEntry[]): ReportFinding[] {
  const byId = new Map<string, ReportFinding>();
  const add = (id: string, from: string, confidence: number | null, evidence: readonly string[]) => {
    const f = byId.get(id) ?? { id, from: [], confidence, evidence: [] };
    if (!f.from.includes(from)) f.from.push(from);
    if (confidence !== null) f.confidence = Math.max(f.confidence ?? 0, confidence);
    for (const line of evidence) if (f.evidence.length < 6 && !f.evidence.includes(line)) f.evidence.push(line.slice(0, 300));
    byId.set(id, f);
  };
  for (const check of preflight?.checks ?? []) {
    if (check.status === 'ok') continue;
    for (const id of check.findings) add(id, `check:${check.id}`, null, []);
  }
  const facts = preflight ? { windows: preflight.windows, wsl: preflight.wsl } : null;
  const latest = new Map<string, TranscriptEntry>();
  for (const e of entries) latest.set(`${e.probe}\u0000${e.key ?? ''}`, e);
  for (const e of latest.values()) {
    if (e.exitCode === 0) continue;
    const text = textOf(e);
    if (!text.trim()) continue;
    for (const f of diagnose({ text, facts })) add(f.id, e.probe, f.confidence, f.evidence);
  }
  return [...byId.values()];
}
