import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { primaryOf, type PrimaryAction } from '../store/primary';
import { STEP_IDS, type StepId } from '../store/steps';
import { usePrimary, useSteps, useStores } from '../store';
import { CancelButton, useTaskProgress } from './progress';
import { earlierStepToFinish, footerAction } from './footer/footer-action';
import { useStepStates } from './useStepStates';

/**
 * Back, where we are in words ("Step 2 of 7"), and the right slot with the
 * step's ONE main (blue) action, always in the same place:
 * - not done: the page's next action ("Install go1.19.8"), with its status,
 *   progress and Cancel while it runs, and a plain "Skip this step";
 * - done: Next (the page shows its "… again" as a plain button);
 * - blocked: words, and the way to the earlier step that has to be finished;
 * - Finish: Done, which closes the window.
 * While an earlier step is not done, the main action is going there (the
 * journey in order); the page's own action stays on the page, plain.
 * A step with nothing of its own to press yet has only Skip until it has.
 */
export function StepFooter() {
  const { t } = useTranslation(['common', 'steps']);
  const stores = useStores();
  const current = useSteps((s) => s.current);
  const next = useSteps((s) => s.next);
  const back = useSteps((s) => s.back);
  const states = useStepStates();
  const offered = usePrimary((s) => primaryOf(s.entries, current)?.action ?? null);
  const index = STEP_IDS.indexOf(current);
  const isFirst = index === 0;
  const isLast = index === STEP_IDS.length - 1;
  const action = footerAction(states[current], isLast);
  const earlier = earlierStepToFinish(STEP_IDS, states, current);
  const goEarlier = earlier === null ? null : <GoToButton step={earlier} onClick={() => stores.steps.getState().go(earlier)} />;
  return (
    <nav className="step-footer" aria-label={t('common:stepFooter.label')}>
      <button type="button" className="button" onClick={back} disabled={isFirst}>
        <span aria-hidden="true">← </span>
        {t('common:actions.back')}
      </button>
      <span className="step-footer__where">{t('steps:stepOf', { n: index + 1, total: STEP_IDS.length })}</span>
      <div className="step-footer__slot">
        {action === 'next' && (
          <button type="button" className="button button--primary" onClick={next}>
            {t('common:actions.next')}
            <span aria-hidden="true"> →</span>
          </button>
        )}
        {action === 'skip' && (
          <>
            <button type="button" className="button" onClick={next}>
              {t('common:actions.skip')}
              <span aria-hidden="true"> →</span>
            </button>
            {goEarlier ?? (offered && <PageAction action={offered} />)}
          </>
        )}
        {action === 'blocked' && (
          <>
            <span className="step-footer__blocked" role="status">
              {t('common:stepFooter.blocked')}
            </span>
            {goEarlier}
          </>
        )}
        {action === 'end' && (states[current] === 'done' || goEarlier === null ? <DoneButton /> : goEarlier)}
      </div>
    </nav>
  );
}

/** The page's action in the slot; while it runs, what runs, how far, and Cancel, in sight at any scroll. */
function PageAction({ action }: { action: PrimaryAction }) {
  const taskId = action.busy ? (action.taskId ?? null) : null;
  const progress = useTaskProgress(taskId);
  const known = progress?.done !== undefined && progress.total !== undefined && progress.total > 0;
  return (
    <>
      {action.status !== undefined && action.status !== '' && (
        <span className="step-footer__status" role="status" aria-live="polite">
          {action.status}
        </span>
      )}
      {action.busy && (
        <progress className="step-footer__progress" aria-hidden="true" max={known ? progress.total : undefined} value={known ? Math.min(progress.done ?? 0, progress.total ?? 0) : undefined} />
      )}
      {taskId !== null && <CancelButton taskId={taskId} />}
      <button type="button" className="button button--primary" disabled={action.disabled === true || action.busy === true} aria-haspopup={action.opensDialog ? 'dialog' : undefined} onClick={action.run}>
        {action.label}
      </button>
    </>
  );
}

function GoToButton({ step, onClick }: { step: StepId; onClick: () => void }) {
  const { t } = useTranslation(['common', 'steps']);
  return (
    <button type="button" className="button button--primary" onClick={onClick}>
      {t('common:stepFooter.goTo', { step: t(`steps:names.${step}`) })}
    </button>
  );
}

/** The end: closes the window in the app; a browser tab cannot be closed by a page, so it says it may be. */
function DoneButton() {
  const { t } = useTranslation('common');
  const [asked, setAsked] = useState(false);
  return (
    <>
      {asked && (
        <span className="step-footer__status" role="status">
          {t('stepFooter.canClose')}
        </span>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          setAsked(true);
          window.close();
        }}
      >
        {t('stepFooter.done')}
      </button>
    </>
  );
}
