import './progress.css';
import { useTranslation } from 'react-i18next';

export type StepMark = 'done' | 'running' | 'todo' | 'failed' | 'skipped';

export interface ProgressStep {
  readonly id: string;
  readonly label: string;
  readonly mark: StepMark;
}

const ICON: Record<StepMark, string> = { done: '✓', running: '…', todo: '○', failed: '✕', skipped: '–' };

/** A long piece of work as steps: "2 of 5 done", then each step with its mark in words. */
export function StepsProgress({ steps, label }: { steps: readonly ProgressStep[]; label: string }) {
  const { t } = useTranslation('progress');
  const done = steps.filter((s) => s.mark === 'done' || s.mark === 'skipped').length;
  return (
    <section className="steps-progress" aria-label={label}>
      <p className="steps-progress__count" aria-live="polite">
        {t('stepsDone', { done, total: steps.length })}
      </p>
      <ol className="steps-progress__list">
        {steps.map((s) => (
          <li key={s.id} className={`steps-progress__item steps-progress__item--${s.mark}`}>
            <span aria-hidden="true">{ICON[s.mark]} </span>
            {s.label}
            <span className="visually-hidden"> — {t(`mark.${s.mark}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
