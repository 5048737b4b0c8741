import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ProveItResult } from '../../../src-shared/contract/network';
import { FindingList } from '../../components/findings';
import { StepsProgress, type StepMark } from '../../components/progress';

/** The proof as it ran: each command with its mark, its output, and the catalog's words for a failure. */
export function ProofSteps({ result, cgo }: { result: z.infer<typeof ProveItResult>; cgo: boolean }) {
  const { t } = useTranslation('verify');
  const names = ['init', 'run', 'get', 'test', ...(cgo ? ['cgo'] : [])];
  const mark = (name: string): StepMark => {
    const s = result.steps.find((x) => x.name === name);
    return s ? (s.ok ? 'done' : 'failed') : 'todo';
  };
  return (
    <section className="section" aria-labelledby="verify-steps-h">
      <h2 id="verify-steps-h">{t('steps.heading')}</h2>
      <p className={`note${result.ok ? '' : ' note--error'}`} role="status">
        {result.ok ? t('steps.ok') : t('steps.failed')}
      </p>
      <StepsProgress label={t('steps.heading')} steps={names.map((n) => ({ id: n, label: t(`step.${n}`), mark: mark(n) }))} />
      <p className="muted mono">{t('steps.workdir', { dir: result.workdir })}</p>
      {result.steps.map((s) => (
        <details key={s.name} open={!s.ok} className="proof-step">
          <summary>
            {t(`step.${s.name}`)} — {s.ok ? t('steps.pass') : t('steps.fail')} ({Math.round(s.ms)} ms)
          </summary>
          <pre className="mono proof-step__output" aria-label={t('steps.output', { step: t(`step.${s.name}`) })}>
            {s.output}
          </pre>
        </details>
      ))}
      <FindingList ids={result.steps.flatMap((s) => (s.finding ? [s.finding] : []))} />
    </section>
  );
}
