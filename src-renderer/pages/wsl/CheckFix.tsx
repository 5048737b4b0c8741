import { useTranslation } from 'react-i18next';
import type { Check } from '../../../src-shared/contract/preflight';
import { WslFixAction, type ResumeStep } from '../../../src-shared/contract/wsl';
import { elevationOutlook } from '../../../src-shared/diagnose/elevation';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { usePreflight, useStores } from '../../store';
import { ActionError, ActionOutcome } from './ActionOutcome';
import { FindingList } from './FindingList';
import { FirmwareRestart } from './FirmwareRestart';
import { RebootPanel } from './RebootPanel';
import { useWsl, wslStoreOf } from './store';

/** Fixes that need administrator rights (they go through one UAC prompt each). */
const ELEVATED: ReadonlySet<string> = new Set(['windows.enable-features', 'wsl.update', 'windows.hypervisor-auto']);

/** Which fix is the main action when several checks offer one: the worst status first (ties: the first in the list). */
const RANK: Record<Check['status'], number> = { fail: 20, warn: 10, unknown: 5, ok: 1 };

/**
 * The fix column of one Preflight check: a button for what the wizard does
 * itself, the way to the step that does it, or the catalog's instructions
 * for what only the user can do (BIOS, policy). Used on Preflight and, for
 * the Windows features, on Install WSL (resumeAt says where a restart returns).
 */
export function CheckFix({ check, resumeAt = 'preflight' }: { check: Check; resumeAt?: ResumeStep }) {
  const { t } = useTranslation('wsl');
  const stores = useStores();
  const busy = useWsl((s) => s.busy);
  const error = useWsl((s) => s.error);
  const action = WslFixAction.safeParse(check.fixAction);
  const ran = useWsl((s) => s.fixedFrom[check.id]);
  const result = useWsl((s) => (ran !== undefined ? s.results[ran] : undefined));
  // The fix this check offers now, or the one that ran from it (the check may be green since).
  const shown = action.success ? action.data : ran;
  // The same pre-warning as the Install WSL page, for fixes that need administrator rights.
  const outlook = elevationOutlook(usePreflight((s) => s.report)?.windows);
  const elevated = action.success && ELEVATED.has(action.data);

  const offers = action.success && (!elevated || outlook.possible);
  const label = action.success ? (busy === action.data ? t('fix.running') : t(`fix.label.${action.data}`)) : '';
  const inFooter = usePrimaryAction(
    offers && action.success
      ? { label, run: () => void wslStoreOf(stores).getState().fix(action.data, check.id), disabled: busy !== null, busy: busy === action.data, rank: RANK[check.status] }
      : null,
  );

  if (shown !== undefined) {
    return (
      <div className="check-fix">
        {offers && action.success && !inFooter && (
          <button type="button" className="button" disabled={busy !== null} onClick={() => void wslStoreOf(stores).getState().fix(action.data, check.id)}>
            {label}
          </button>
        )}
        {elevated && outlook.possible && <p className="muted">{t('fix.adminNote')}</p>}
        {elevated && outlook.warnings.length > 0 && <FindingList findings={outlook.warnings.map((id) => ({ id, evidence: [] }))} />}
        {busy === null && error !== null && ran === shown && <ActionError error={error} />}
        {result && <ActionOutcome result={result} resumeAt={resumeAt} />}
      </div>
    );
  }
  switch (check.fixAction) {
    case 'wsl.install':
      return (
        <div className="check-fix">
          <p>{t('fix.installNote')}</p>
          <button type="button" className="button" onClick={() => stores.steps.getState().go('wsl')}>
            {t('fix.goInstall')}
          </button>
        </div>
      );
    case 'system.reboot':
      return <RebootPanel reasons={['windows-pending']} resumeAt={resumeAt} />;
    case 'wsl.set-version':
      return <p>{t('fix.setVersionNote')}</p>;
    default:
      if (check.status !== 'fail' || check.findings.length === 0) return null;
      return (
        <div className="check-fix">
          <p>{t('fix.userOnly')}</p>
          <FindingList findings={check.findings.map((id) => ({ id, evidence: [] }))} />
          {/* After the card: the cause first, then this way into the firmware settings the steps name. */}
          {check.findings.includes('VIRTUALIZATION_DISABLED') && <FirmwareRestart />}
        </div>
      );
  }
}
