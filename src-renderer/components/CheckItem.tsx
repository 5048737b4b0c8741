import { useTranslation } from 'react-i18next';
import type { Check } from '../../src-shared/contract/preflight';
import { CheckFix } from '../pages/wsl/CheckFix';
import { isBlocking } from '../store/preflight';
import { FindingList } from './findings';
import { EvidenceList } from './EvidenceList';
import { StatusBadge } from './StatusBadge';

/** One check: what it looked at, what it found, and what fixes it. */
export function CheckItem({ check }: { check: Check }) {
  const { t } = useTranslation('preflight');
  const titleId = `preflight-check-${check.id}`;
  const hasFix = check.findings.length > 0 || check.fixAction !== null;
  return (
    <li className={`check check--${check.status}`} aria-labelledby={titleId}>
      <div className="check__head">
        <h3 id={titleId} className="check__title">
          {t(`check.${check.id}`, { defaultValue: check.id })}
        </h3>
        <StatusBadge status={check.status} />
      </div>
      <div className="check__body">
        <div>
          <h4 className="check__label">{t('checks.looked')}</h4>
          <EvidenceList observed={check.observed} />
        </div>
        <div>
          <h4 className="check__label">{t('checks.found')}</h4>
          <p>{t(`found.${check.status}`)}</p>
        </div>
        <div>
          <h4 className="check__label">{t('checks.fix')}</h4>
          {hasFix ? (
            <>
              {check.findings.length > 0 &&
                // A failure only the user can fix is explained by CheckFix below; the others here, in the catalog's words.
                (isBlocking(check) ? <p className="mono">{t('checks.fixIds', { ids: check.findings.join(', ') })}</p> : <FindingList ids={check.findings} />)}
            </>
          ) : (
            <p className="muted">{t('checks.noFix')}</p>
          )}
          {/* The fix button, the restart, or the user's own steps; stays after a fix turned the check green. */}
          <CheckFix check={check} />
        </div>
      </div>
    </li>
  );
}
