import { catalogEntry, type Lang } from '../../src-shared/catalog/index';
import type { Finding } from '../../src-shared/diagnose/index';

/** The `explain --json` object: exactly the fields DOCTOR-CLI.md fixes. */
export interface ExplainFinding {
  id: string;
  confidence: number;
  evidence: string[];
  title: string;
  fix: string[];
}

export function explainJson(findings: readonly Finding[], lang: Lang): { findings: ExplainFinding[] } {
  return {
    findings: findings.map((f) => {
      const words = catalogEntry(f.id, lang);
      return { id: f.id, confidence: f.confidence, evidence: [...f.evidence], title: words.title, fix: [...words.fix] };
    }),
  };
}

const LABELS: Record<Lang, { healthy: string; likely: string; cause: string; evidence: string; fix: string; confidence: string }> = {
  en: { healthy: 'No problem found: this output looks healthy.', likely: 'Most likely first.', cause: 'Why', evidence: 'Seen', fix: 'What to do', confidence: 'confidence' },
  'zh-CN': { healthy: '未发现问题：这段输出看起来正常。', likely: '按可能性从高到低排列。', cause: '原因', evidence: '依据', fix: '怎么办', confidence: '可信度' },
};

/** A readable report for people (no --json). */
export function explainText(findings: readonly Finding[], lang: Lang): string {
  const l = LABELS[lang];
  if (findings.length === 0) return `${l.healthy}\n`;
  const out: string[] = [l.likely, ''];
  findings.forEach((f, i) => {
    const w = catalogEntry(f.id, lang);
    out.push(`${i + 1}. ${w.title}  [${f.id}, ${l.confidence} ${Math.round(f.confidence * 100)}%]`);
    out.push(`   ${l.cause}: ${w.cause}`);
    if (f.evidence.length > 0) {
      out.push(`   ${l.evidence}:`);
      for (const e of f.evidence) out.push(`     > ${e}`);
    }
    out.push(`   ${l.fix}:`);
    w.fix.forEach((step, k) => out.push(`     ${k + 1}) ${step}`));
    out.push('');
  });
  return out.join('\n');
}
