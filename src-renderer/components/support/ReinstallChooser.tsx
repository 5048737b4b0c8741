import { isLinuxUser } from '../../../src-shared/names';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../store/errors';
import { useDistro, usePreflight, useSession, useSteps, useStores } from '../../store';
import { needsUser, planFor, REDO_CHOICES, redoStep, runUndoStep, type RedoChoice, type UndoStep } from './reinstall-plan';
import { resetSteps, stepsTouchedBy } from './reset-steps';

type StepRun = { state: 'pending' | 'running' | 'done' | 'failed'; message?: string };

/**
 * Guided reinstall: choose what to redo, see exactly what will be undone
 * (with the backups the steps kept), confirm a distro deletion by typing its
 * name, then continue at the step that sets it up again.
 */
export function ReinstallChooser() {
  const { t } = useTranslation(['support', 'steps']);
  const stores = useStores();
  const { api } = stores;
  const go = useSteps((s) => s.go);
  const readOnly = useSession((s) => s.info?.readOnly ?? false);
  const report = usePreflight((s) => s.report);
  const chosen = useDistro((s) => s.target);
  const distros = report?.wsl.distros ?? [];
  const [choice, setChoice] = useState<RedoChoice>('go');
  const [distro, setDistro] = useState(chosen?.distro ?? report?.wsl.defaultDistro ?? distros[0]?.name ?? '');
  const [user, setUser] = useState(chosen?.user ?? '');
  const [confirmName, setConfirmName] = useState('');
  const [runs, setRuns] = useState<Partial<Record<UndoStep, StepRun>>>({});
  const [running, setRunning] = useState(false);
  const [finished, setFinished] = useState(false);
  const ids = { distro: useId(), user: useId(), userHint: useId(), confirm: useId(), legend: useId() };

  const plan = planFor(choice);
  const deletes = plan.includes('unregister');
  const userOk = !needsUser(choice) || isLinuxUser(user);
  const canStart = distro !== '' && userOk && (!deletes || confirmName === distro) && !running;

  const start = async () => {
    setRunning(true);
    setFinished(false);
    setRuns({});
    let failed = false;
    const undone: UndoStep[] = [];
    for (const step of plan) {
      setRuns((r) => ({ ...r, [step]: { state: 'running' } }));
      try {
        const out = await runUndoStep(api, step, { distro, user });
        if (out && 'declined' in out) {
          failed = true;
          setRuns((r) => ({ ...r, [step]: { state: 'failed', message: t('reinstall.declined') } }));
          break;
        }
        undone.push(step);
        const backupPath = out && 'backupPath' in out ? out.backupPath : null;
        setRuns((r) => ({ ...r, [step]: { state: 'done', ...(backupPath ? { message: t('reinstall.backupAt', { path: backupPath }) } : {}) } }));
      } catch (e) {
        failed = true;
        setRuns((r) => ({ ...r, [step]: { state: 'failed', message: messageOf(e) } }));
        break;
      }
    }
    // What was undone is no longer done: those steps lose their state and are detected again.
    try {
      await resetSteps(stores, stepsTouchedBy(undone));
    } finally {
      setRunning(false);
      setFinished(!failed);
    }
  };

  if (distros.length === 0) return <p className="muted">{t('reinstall.noDistro')}</p>;

  return (
    <div className="reinstall">
      <p>{t('reinstall.intro')}</p>
      <fieldset aria-labelledby={ids.legend}>
        <legend id={ids.legend}>{t('reinstall.what')}</legend>
        {REDO_CHOICES.map((c) => (
          <div className="reinstall__choice" key={c}>
            <input
              type="radio"
              id={`${ids.legend}-${c}`}
              name={`${ids.legend}-choice`}
              value={c}
              checked={choice === c}
              disabled={running}
              onChange={() => {
                setChoice(c);
                setRuns({});
                setFinished(false);
              }}
            />
            <label htmlFor={`${ids.legend}-${c}`}>{t(`reinstall.choice.${c}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="reinstall__fields">
        <div className="field">
          <label htmlFor={ids.distro}>{t('reinstall.distro')}</label>
          <select id={ids.distro} value={distro} disabled={running} onChange={(e) => setDistro(e.target.value)}>
            {distros.map((d) => (
              <option key={d.name} value={d.name}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        {needsUser(choice) && (
          <div className="field">
            <label htmlFor={ids.user}>{t('reinstall.user')}</label>
            <input id={ids.user} className="input" type="text" value={user} autoComplete="off" spellCheck={false} aria-describedby={ids.userHint} disabled={running} onChange={(e) => setUser(e.target.value.trim())} />
            <span id={ids.userHint} className="muted">
              {userOk ? t('reinstall.userHint') : t('reinstall.needUser')}
            </span>
          </div>
        )}
      </div>
      <h3>{t('reinstall.plan')}</h3>
      <ol className="reinstall__plan" aria-live="polite">
        {plan.map((step) => {
          const run = runs[step];
          const state = run?.state ?? 'pending';
          return (
            <li key={step} data-state={state}>
              {t(`reinstall.steps.${step}`, { name: distro })}
              {run && (
                <>
                  {' — '}
                  {state === 'done' ? `${t('reinstall.stepDone')}${run.message ? ` ${run.message}` : ''}` : state === 'failed' ? t('reinstall.stepFailed', { message: run.message ?? '' }) : state === 'running' ? t('reinstall.running') : t('reinstall.stepPending')}
                </>
              )}
            </li>
          );
        })}
      </ol>
      {deletes && (
        <div className="field">
          <label htmlFor={ids.confirm}>{t('reinstall.confirmLabel', { name: distro })}</label>
          <input id={ids.confirm} className="input" type="text" value={confirmName} autoComplete="off" spellCheck={false} disabled={running} onChange={(e) => setConfirmName(e.target.value)} />
        </div>
      )}
      <p>
        <button type="button" className="button" disabled={!canStart} onClick={() => void start()}>
          {running ? t('reinstall.running') : t('reinstall.start')}
        </button>
      </p>
      {readOnly && <p className="muted">{t('finish:readOnly')}</p>}
      {finished && (
        <p role="status">
          {t('reinstall.allDone')}{' '}
          <button type="button" className="button button--primary" onClick={() => go(redoStep(choice))}>
            {t('reinstall.goTo', { step: t(`steps:names.${redoStep(choice)}`) })}
          </button>
        </p>
      )}
    </div>
  );
}
