import { useTranslation } from 'react-i18next';
import { STEP_IDS } from '../store/steps';
import { useSteps } from '../store';

/** Back / Next, plus where we are in words ("Step 2 of 7"). */
export function StepFooter() {
  const { t } = useTranslation(['common', 'steps']);
  const current = useSteps((s) => s.current);
  const next = useSteps((s) => s.next);
  const back = useSteps((s) => s.back);
  const index = STEP_IDS.indexOf(current);
  const isFirst = index === 0;
  const isLast = index === STEP_IDS.length - 1;
  return (
    <nav className="step-footer" aria-label={t('common:stepFooter.label')}>
      <button type="button" className="button" onClick={back} disabled={isFirst}>
        <span aria-hidden="true">← </span>
        {t('common:actions.back')}
      </button>
      <span className="step-footer__where">{t('steps:stepOf', { n: index + 1, total: STEP_IDS.length })}</span>
      <button type="button" className="button button--primary" onClick={next} disabled={isLast}>
        {t('common:actions.next')}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
