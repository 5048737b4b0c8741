import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useStores } from '../store';
import { pickLocalized } from './localized';

/**
 * Demo/support only: choose which recorded machine the replay host answers
 * for. Switching re-reads the session and runs the computer check again.
 */
export function MachinePicker() {
  const { t, i18n } = useTranslation('common');
  const stores = useStores();
  const machines = useSession((s) => s.machines);
  const current = useSession((s) => s.currentMachine);
  const switching = useSession((s) => s.switching);
  const switchError = useSession((s) => s.switchError);
  const id = useId();
  const descId = useId();

  const restart = () => {
    stores.steps.getState().reset();
    stores.preflight.getState().clear();
    void stores.preflight.getState().run();
  };
  const onSelect = async (machineId: string) => {
    if (await stores.session.getState().selectMachine(machineId)) restart();
  };
  // A support report someone shared: read in the page, validated by main, replayed read-only.
  const onReport = async (file: File | undefined) => {
    if (!file) return;
    if (await stores.session.getState().openReport(await file.text())) restart();
  };
  const fileId = useId();
  const info = useSession((s) => s.info);

  // A support replay (one report, nothing to choose) lists no machines: no picker then.
  if (machines.length === 0) return null;
  // An opened report is not in the list: show it as the current choice.
  const opened = info?.machine && !machines.some((m) => m.id === info.machine?.id) ? info.machine : null;
  const selected = opened ?? machines.find((m) => m.id === current);
  return (
    <div className="machine-picker">
      <div className="field field--inline">
        <label htmlFor={id}>{t('machinePicker.label')}</label>
        <select
          id={id}
          value={current ?? ''}
          disabled={switching}
          aria-describedby={descId}
          onChange={(e) => void onSelect(e.target.value)}
        >
          {current === null && <option value="">—</option>}
          {opened && <option value={opened.id}>{t('machinePicker.report', { title: pickLocalized(opened.title, i18n.language) })}</option>}
          {machines.map((m) => (
            <option key={m.id} value={m.id}>
              {pickLocalized(m.title, i18n.language)}
            </option>
          ))}
        </select>
        <label className="button button--small machine-picker__file" htmlFor={fileId}>
          {t('machinePicker.openReport')}
        </label>
        <input
          id={fileId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          disabled={switching}
          onChange={(e) => {
            void onReport(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <p id={descId} className="machine-picker__desc" aria-live="polite" title={selected ? pickLocalized(selected.description, i18n.language) : undefined}>
        {switching
          ? t('machinePicker.switching')
          : switchError
            ? t('machinePicker.failed', { message: switchError })
            : selected
              ? pickLocalized(selected.description, i18n.language)
              : ''}
      </p>
    </div>
  );
}
