import { useTranslation } from 'react-i18next';
import { StepStateLabel } from '../../components/StepStateLabel';
import { useStepStates } from '../../components/useStepStates';
import { STEP_IDS } from '../../store/steps';
import { useSteps } from '../../store';
import { labelColon } from '../../components/format';

/** Every step with its state in words; each opens its page. */
export function StepSummary() {
  const { t, i18n } = useTranslation('steps');
  const states = useStepStates();
  const go = useSteps((s) => s.go);
  return (
    <ul className="bullets">
      {STEP_IDS.filter((id) => id !== 'finish').map((id) => (
        <li key={id}>
          <button type="button" className="link-button" onClick={() => go(id)}>
            {t(`names.${id}`)}
          </button>
          {labelColon(i18n.language)}
          <StepStateLabel state={states[id]} /> <code data-support-only hidden>{id}</code>
        </li>
      ))}
    </ul>
  );
}
