import { useTranslation } from 'react-i18next';
import type { StepState } from '../store/steps';

const ICON: Record<StepState, string> = {
  done: '✓',
  attention: '!',
  blocked: '⊘',
  running: '…',
  upcoming: '○',
};

/** A step state as icon + words; the icon is decoration, the words carry the meaning. */
export function StepStateLabel({ state }: { state: StepState }) {
  const { t } = useTranslation('steps');
  return (
    <span className={`step-state step-state--${state}`}>
      <span aria-hidden="true" className="step-state__icon">
        {ICON[state]}
      </span>
      {t(`state.${state}`)}
    </span>
  );
}
