import { useTranslation } from 'react-i18next';
import type { ResumeStep, WslActionResult } from '../../../src-shared/contract/wsl';
import { AttemptList } from './AttemptList';
import { FindingList } from './FindingList';
import { RebootPanel } from './RebootPanel';

/** How an action ended, in words; the diagnosis of a failure; the restart when one is needed; the commands it ran. */
export function ActionOutcome({ result, resumeAt }: { result: WslActionResult; resumeAt: ResumeStep }) {
  const { t } = useTranslation('wsl');
  const tone = result.outcome === 'failed' ? 'note--error' : result.outcome === 'done' ? '' : 'note--warn';
  // A standard user's refused prompt is not "try again when ready": it needs an administrator's password.
  const standardUser = result.outcome === 'elevation-denied' && result.report?.windows.isAdmin === false;
  return (
    <div className="action-outcome">
      <p className={`note ${tone}`} role={result.outcome === 'failed' ? 'alert' : 'status'}>
        {standardUser ? t('elevation.deniedStandard') : t(`outcome.${result.outcome}`)}
      </p>
      {result.outcome === 'failed' && <FindingList findings={result.findings} />}
      {result.reboot.required && <RebootPanel reasons={result.reboot.reasons} resumeAt={resumeAt} />}
      <AttemptList result={result} />
    </div>
  );
}

/** A store error: the refused UAC prompt has its own clear sentence; anything else is shown as it came. */
export function ActionError({ error }: { error: string | null }) {
  const { t } = useTranslation('wsl');
  if (error === null) return null;
  return (
    <p className="note note--error" role="alert">
      {error === 'ELEVATION_DENIED' ? t('outcome.elevation-denied') : error}
    </p>
  );
}
