import { useTranslation } from 'react-i18next';
import type { Check } from '../../src-shared/contract/preflight';
import { CheckFix } from '../pages/wsl/CheckFix';
import { isBlocking } from '../store/preflight';
import { FindingList } from './findings';
import { EvidenceList } from './EvidenceList';
import { StatusBadge } from './StatusBadge';

/**
 * One check, the cause first: its name and state, then what is wrong in the
 * catalog's plain words with the fix steps at full width, then its one
 * action. What it looked at, the verdict and the diagnosis IDs wait behind
 * "Details" for whoever wants them.
 */
export function CheckItem({ check }: { check: Check }) {
  const { t } = useTranslation('preflight');
  const titleId = `preflight-check-${check.id}`;
  return (
    <li className={`check check--${check.status}`} aria-labelledby={titleId}>
      <div className="check__head">
        <h3 id={titleId} className="check__title">
          {t(`check.${check.id}`, { defaultValue: check.id })}
        </h3>
        <StatusBadge status={check.status} />
      </div>
      {/* A failure only the user can fix is explained by CheckFix (the catalog's steps); the others here. */}
      {!isBlocking(check) && <FindingList ids={check.findings} />}
      {/* The fix button, the restart, or the user's own steps; stays after a fix turned the check green. */}
      <CheckFix check={check} />
      <details className="check__details">
        <summary>{t('checks.details')}</summary>
        <h4 className="check__label">{t('checks.looked')}</h4>
        <EvidenceList observed={check.observed} />
        <h4 className="check__label">{t('checks.found')}</h4>
        <p>{t(`found.${check.status}`)}</p>
        {check.findings.length > 0 && <p className="mono">{t('checks.fixIds', { ids: check.findings.join(', ') })}</p>}
      </details>
    </li>
  );
}
