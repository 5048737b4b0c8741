import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firmwareIsUefi } from '../../../src-shared/catalog/fit-steps';
import { messageOf } from '../../store/errors';
import { usePreflight, useStores } from '../../store';

type State = { kind: 'idle' | 'busy' | 'declined' | 'scheduled' } | { kind: 'failed'; message: string };

/**
 * "Restart into UEFI settings" next to the BIOS steps, where the firmware is
 * known to be UEFI. Main asks the person first (its own dialog, like every
 * restart) and saves where to resume; the page's click is only the request.
 */
export function FirmwareRestart() {
  const { t } = useTranslation('wsl');
  const { api } = useStores();
  const windows = usePreflight((s) => s.report?.windows ?? null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!firmwareIsUefi(windows)) return null;
  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const r = await api.invoke('system.reboot', { resumeAt: 'preflight', reason: null, firmware: true });
      setState({ kind: r.declined ? 'declined' : 'scheduled' });
    } catch (e) {
      setState({ kind: 'failed', message: messageOf(e) });
    }
  };
  // Not blue: the screen's one main action is the footer's; this is one way to follow the steps.
  return (
    <div className="firmware-restart">
      <button type="button" className="button" disabled={state.kind === 'busy' || state.kind === 'scheduled'} onClick={() => void run()}>
        {t('fix.firmware.button')}
      </button>
      <p className="muted" role="status">
        {state.kind === 'declined'
          ? t('fix.firmware.declined')
          : state.kind === 'scheduled'
            ? t('fix.firmware.scheduled')
            : state.kind === 'failed'
              ? t('fix.firmware.failed', { message: state.message })
              : t('fix.firmware.note')}
      </p>
    </div>
  );
}
