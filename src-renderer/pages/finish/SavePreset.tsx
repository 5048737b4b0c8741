import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../src-shared/contract/errors';
import { useStores, useVerify } from '../../store';
import { messageOf } from '../../store/errors';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'error'; text: string };

/**
 * "Save these choices as a preset": one secondary button. Main builds the
 * preset from what it did and asks where in its own dialog; the page sends
 * nothing but the click, and is told where it went.
 */
export function SavePreset() {
  const { t } = useTranslation('preset');
  const stores = useStores();
  const proved = useVerify((s) => s.result?.ok === true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const save = async () => {
    setStatus({ kind: 'busy' });
    try {
      const r = await stores.api.invoke('preset.save', {});
      setStatus(r.saved && r.path ? { kind: 'saved', path: r.path } : { kind: 'cancelled' });
    } catch (e) {
      const code = isApiError(e) ? e.code : null;
      const text = code === 'CONFLICT' ? t('save.notFinished') : code === 'UNSUPPORTED' ? t('save.unsupported') : t('save.failed', { message: messageOf(e) });
      setStatus({ kind: 'error', text });
    }
  };

  return (
    <>
      <p>{t('save.body')}</p>
      <button type="button" className="button" disabled={status.kind === 'busy'} onClick={() => void save()}>
        {status.kind === 'busy' ? t('save.busy') : t('save.button')}
      </button>
      {!proved && status.kind === 'idle' && <p className="muted">{t('save.notFinished')}</p>}
      <p role="status" data-testid="save-preset-status">
        {status.kind === 'saved' && t('save.saved', { path: status.path })}
        {status.kind === 'cancelled' && t('save.cancelled')}
        {status.kind === 'error' && status.text}
      </p>
    </>
  );
}
