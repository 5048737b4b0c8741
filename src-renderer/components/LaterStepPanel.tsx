import { useTranslation } from 'react-i18next';
import type { StepId } from '../store/steps';
import { PageHeading } from './PageHeading';
import { useStepStates } from './useStepStates';
import { StepStateLabel } from './StepStateLabel';

/**
 * A step that is not built yet: says so, and explains what it will do.
 * No fake progress, no buttons that do nothing.
 */
export function LaterStepPanel({ step }: { step: Exclude<StepId, 'preflight'> }) {
  const { t } = useTranslation('steps');
  const state = useStepStates()[step];
  const points = t(`purpose.${step}.points`, { returnObjects: true });
  return (
    <article className="page">
      <PageHeading>{t(`names.${step}`)}</PageHeading>
      <p className="page__lead">{t(`purpose.${step}.summary`)}</p>
      <p className="tag">
        <StepStateLabel state={state} /> · {t('later.badge')}
      </p>
      {state === 'blocked' && <p className="note note--warn">{t('later.blockedBecause')}</p>}
      <section className="section" aria-labelledby={`${step}-will-do`}>
        <h2 id={`${step}-will-do`}>{t('later.willDo')}</h2>
        <ul className="bullets">{Array.isArray(points) && points.map((p) => <li key={String(p)}>{String(p)}</li>)}</ul>
      </section>
      <p className="muted">{t('later.notYet')}</p>
    </article>
  );
}
