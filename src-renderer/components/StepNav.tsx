import { useTranslation } from 'react-i18next';
import { STEP_IDS } from '../store/steps';
import { useSteps } from '../store';
import { StepStateLabel } from './StepStateLabel';
import { useStepStates } from './useStepStates';

/**
 * The journey as a list. Every step can be opened (later ones explain what
 * they will do); the state is written out in words, with the colour and
 * icon only repeating it.
 */
export function StepNav() {
  const { t } = useTranslation('steps');
  const current = useSteps((s) => s.current);
  const go = useSteps((s) => s.go);
  const states = useStepStates();
  return (
    <nav className="step-nav" aria-label={t('navLabel')}>
      <ol className="step-nav__list">
        {STEP_IDS.map((id, i) => {
          const isCurrent = id === current;
          return (
            <li key={id}>
              <button
                type="button"
                className={`step-nav__item step-nav__item--${states[id]}${isCurrent ? ' is-current' : ''}`}
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => go(id)}
              >
                <span className="step-nav__num" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="step-nav__text">
                  <span className="step-nav__name">{t(`names.${id}`)}</span>
                  <StepStateLabel state={states[id]} />
                  {isCurrent && <span className="step-nav__here">{t('currentMarker')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
