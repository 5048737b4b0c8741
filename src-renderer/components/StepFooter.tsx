import { useTranslation } from 'react-i18next';
import { STEP_IDS } from '../store/steps';
import { useSteps } from '../store';
import { footerAction } from './footer/footer-action';
import { useStepStates } from './useStepStates';

/**
 * Back, where we are in words ("Step 2 of 7"), and the right slot: a blue
 * Next only once the step is done; until then a plain "Skip this step" (the
 * page's own action is the main one); nothing to press while blocked.
 */
export function StepFooter() {
  const { t } = useTranslation(['common', 'steps']);
  const current = useSteps((s) => s.current);
  const next = useSteps((s) => s.next);
  const back = useSteps((s) => s.back);
  const states = useStepStates();
  const index = STEP_IDS.indexOf(current);
  const isFirst = index === 0;
  const action = footerAction(states[current], index === STEP_IDS.length - 1);
  return (
    <nav className="step-footer" aria-label={t('common:stepFooter.label')}>
      <button type="button" className="button" onClick={back} disabled={isFirst}>
        <span aria-hidden="true">← </span>
        {t('common:actions.back')}
      </button>
      <span className="step-footer__where">{t('steps:stepOf', { n: index + 1, total: STEP_IDS.length })}</span>
      {action === 'next' && (
        <button type="button" className="button button--primary" onClick={next}>
          {t('common:actions.next')}
          <span aria-hidden="true"> →</span>
        </button>
      )}
      {action === 'skip' && (
        <button type="button" className="button" onClick={next}>
          {t('common:actions.skip')}
          <span aria-hidden="true"> →</span>
        </button>
      )}
      {action === 'blocked' && (
        <span className="step-footer__blocked" role="status">
          {t('common:stepFooter.blocked')}
        </span>
      )}
      {action === 'end' && <span className="step-footer__end" />}
    </nav>
  );
}
