import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RebootReason, ResumeStep } from '../../../src-shared/contract/wsl';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { useSession, useStores } from '../../store';
import { useWsl, wslStoreOf } from './store';

/** How long the recorded-machine demo waits before "starting again" (reloading), so the message can be read. */
const DEMO_RELOAD_MS = 1500;

/**
 * Says why Windows must restart and offers now (behind a confirmation) or
 * later. Either way main saves where to resume and registers the RunOnce
 * start; on a recorded machine "the app starting again" is a page reload.
 */
export function RebootPanel({ reasons, resumeAt }: { reasons: readonly RebootReason[]; resumeAt: ResumeStep }) {
  const { t } = useTranslation('wsl');
  const stores = useStores();
  const info = useSession((s) => s.info);
  const busy = useWsl((s) => s.busy);
  const reboot = useWsl((s) => s.reboot);
  const later = useWsl((s) => s.savedForLater);
  const [confirming, setConfirming] = useState(false);
  // Several panels can be on one page (a fix's, the pending-restart check's): ids must not collide.
  const id = useId();
  const replay = info?.hostKind === 'replay';
  const reason = reasons[0] ?? null;
  const confirmNow = () => void wslStoreOf(stores).getState().rebootNow(resumeAt, reason);
  const askFirst = () => {
    wslStoreOf(stores).setState({ reboot: null });
    setConfirming(true);
  };
  const asking = confirming && !reboot?.declined;
  // Nothing works until Windows restarts: restarting outranks any other fix on the page. While the question
  // is asked, its Yes is the one main button, next to the question (in sight and focused), not in the footer.
  const inFooter = usePrimaryAction(reboot?.scheduled || asking ? null : { label: t('reboot.now'), run: askFirst, disabled: busy !== null, rank: 30 });
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!asking) return;
    yes.current?.scrollIntoView({ block: 'nearest' });
    yes.current?.focus();
  }, [asking]);

  useEffect(() => {
    if (!reboot?.scheduled || !replay) return;
    const timer = setTimeout(() => window.location.reload(), DEMO_RELOAD_MS);
    return () => clearTimeout(timer);
  }, [reboot, replay]);

  return (
    <section className="section card reboot-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('reboot.heading')}</h3>
      <p>{t('reboot.why')}</p>
      <ul className="bullets">
        {(reasons.length ? reasons : ['windows-pending' as const]).map((r) => (
          <li key={r}>{t(`reboot.reason.${r}`)}</li>
        ))}
      </ul>
      {reboot?.scheduled ? (
        <div role="status">
          <p className="note">{t('reboot.scheduled', { seconds: reboot.delaySeconds })}</p>
          {!reboot.runOnce && <p className="note note--warn">{t('reboot.noRunOnce')}</p>}
          {replay && <p className="muted">{t('reboot.demoReload')}</p>}
        </div>
      ) : asking ? (
        <div role="alertdialog" aria-labelledby={`${id}-c`} className="toolbar">
          <p id={`${id}-c`}>{t('reboot.confirm')}</p>
          <p className="muted">{t('reboot.mainAsks')}</p>
          <button ref={yes} type="button" className="button button--primary" disabled={busy !== null} onClick={confirmNow}>
            {t('reboot.confirmYes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('reboot.cancel')}
          </button>
        </div>
      ) : (
        <div className="toolbar">
          {!inFooter && (
            <button type="button" className="button" disabled={busy !== null} onClick={askFirst}>
              {t('reboot.now')}
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void wslStoreOf(stores).getState().restartLater(resumeAt, reason)}
          >
            {t('reboot.later')}
          </button>
        </div>
      )}
      {reboot?.declined && (
        <p className="note" role="status">
          {t('reboot.declined')}
        </p>
      )}
      {later?.state && !reboot?.scheduled && (
        <div role="status">
          <p className="note">{t('reboot.savedLater')}</p>
          {!later.runOnce && <p className="note note--warn">{t('reboot.noRunOnce')}</p>}
        </div>
      )}
    </section>
  );
}
