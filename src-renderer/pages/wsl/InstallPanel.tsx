import { useTranslation } from 'react-i18next';
import { restartDemanded } from '../../../src-shared/checks/windows/reboot-pending';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { elevationOutlook } from '../../../src-shared/diagnose/elevation';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { CancelButton } from '../../components/progress';
import { isBlocking } from '../../store/preflight';
import { FEATURE_CHECKS } from '../../store/steps';
import { useStores } from '../../store';
import { ActionError, ActionOutcome } from './ActionOutcome';
import { CheckFix } from './CheckFix';
import { FindingList } from './FindingList';
import { RebootPanel } from './RebootPanel';
import { useWsl, wslStoreOf } from './store';

/**
 * What the step can do now, decided from the re-detected machine: blocked
 * (with the user's own fix), restart first, a Windows feature to turn on,
 * already installed, or install.
 * Before the first administrator action it says what the facts predict:
 * a standard user needs an administrator's password, and where PowerShell
 * runs no script there is no way to ask at all (no button then).
 */
export function InstallPanel({ report }: { report: PreflightReport }) {
  const { t } = useTranslation('wsl');
  const stores = useStores();
  const busy = useWsl((s) => s.busy);
  const taskId = useWsl((s) => s.taskId);
  const error = useWsl((s) => s.error);
  const result = useWsl((s) => s.results['wsl.install']);

  const installed = report.wsl.wslVersion !== null;
  const outlook = elevationOutlook(report.windows);
  const blockers = report.checks.filter(isBlocking);
  const canInstall = blockers.length === 0 && !installed && outlook.possible;
  const install = () => void wslStoreOf(stores).getState().install();
  const inFooter = usePrimaryAction(
    canInstall
      ? {
          label: result && result.outcome !== 'done' ? t('install.retry') : t('install.button'),
          run: install,
          disabled: busy !== null,
          busy: busy === 'install',
          taskId: busy === 'install' ? taskId : null,
          status: busy === 'install' ? t('install.running') : t('install.elevated'),
          rank: 10,
        }
      : null,
  );
  if (blockers.length > 0) {
    return (
      <div className="install-panel">
        <p className="note note--error" role="alert">
          {t('state.blocked')}
        </p>
        <FindingList findings={blockers.flatMap((c) => c.findings.map((id) => ({ id, evidence: [] })))} />
      </div>
    );
  }
  // A result that asks for a restart shows its own panel; otherwise Windows' own pending restart comes first.
  if (restartDemanded(report.checks) && !result?.reboot.required) {
    return (
      <div className="install-panel">
        <p className="note note--warn">{t('state.pendingRestart')}</p>
        <RebootPanel reasons={['windows-pending']} resumeAt="wsl" />
      </div>
    );
  }
  // WSL is there but a Windows feature it needs (VMP) is off: this step's to fix. (Without WSL, installing it
  // turns the features on by itself, so the install below covers that case.)
  const featureOff = report.wsl.wslVersion !== null ? report.checks.find((c) => FEATURE_CHECKS.includes(c.id) && c.status === 'fail') : undefined;
  if (featureOff) {
    return (
      <div className="install-panel">
        <p className="note note--warn" role="status">
          {t('state.featureOff')}
        </p>
        <FindingList findings={featureOff.findings.map((id) => ({ id, evidence: [] }))} />
        <CheckFix check={featureOff} resumeAt="wsl" />
      </div>
    );
  }
  const persists = report.checks.some((c) => c.findings.includes('WIN_REBOOT_PERSISTS'));
  const warn = !installed && outlook.warnings.length > 0;
  return (
    <div className="install-panel">
      {persists && <p className="note note--warn">{t('state.pendingAfterRestart')}</p>}
      <p className={installed ? 'note' : ''} role="status">
        {installed ? t('state.installed', { version: report.wsl.wslVersion }) : t('state.notInstalled')}
      </p>
      {!installed && outlook.constrained && <p className="note">{t('elevation.constrained')}</p>}
      {warn && (
        <div className="elevation-warning">
          <p className={`note ${outlook.possible ? 'note--warn' : 'note--error'}`} role={outlook.possible ? 'note' : 'alert'}>
            {outlook.possible ? t('elevation.before') : t('elevation.noRoute')}
          </p>
          <FindingList findings={outlook.warnings.map((id) => ({ id, evidence: [] }))} />
        </div>
      )}
      {!installed && outlook.possible && !inFooter && (
        <div className="toolbar">
          <button type="button" className="button" disabled={busy !== null} onClick={install}>
            {result && result.outcome !== 'done' ? t('install.retry') : t('install.button')}
          </button>
          {busy === 'install' && <CancelButton taskId={taskId} />}
          <p className="toolbar__status" role="status" aria-live="polite">
            {busy === 'install' ? t('install.running') : t('install.elevated')}
          </p>
        </div>
      )}
      {busy === null && <ActionError error={error} />}
      {result && <ActionOutcome result={result} resumeAt="wsl" />}
    </div>
  );
}
