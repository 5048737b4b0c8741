import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ConfigPreview } from '../../../src-shared/contract/distro';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { useDistro, useStores } from '../../store';
import { DiffView } from './DiffView';
import { reasonText } from './reason';

/** The default-user change to /etc/wsl.conf: the exact diff, then apply (which restarts the distro, as said). */
export function DefaultUserPreview({ preview }: { preview: z.infer<typeof ConfigPreview> }) {
  const { t, i18n } = useTranslation('distro');
  const stores = useStores();
  const busy = useDistro((s) => s.busy);
  const apply = () => void stores.distro.getState().applyDefaultUser();
  // Before "Use it": the default user is what the later steps' shells start as.
  const inFooter = usePrimaryAction(preview.refused ? null : { label: t('defaultUser.apply'), run: apply, disabled: busy !== null, busy: busy === 'defaultUser', rank: 12 });
  if (preview.refused) return <p className="note note--error">{reasonText(preview.refused, i18n.language)}</p>;
  return (
    <section className="card" aria-label={t('defaultUser.heading')}>
      <h3>{t('defaultUser.heading')}</h3>
      <p>{t('defaultUser.file', { file: preview.file })}</p>
      {preview.changed ? <DiffView diff={preview.diff} label={t('defaultUser.diff')} /> : <p className="muted">{t('defaultUser.unchanged')}</p>}
      <p className="muted">{reasonText({ key: `distro.restart.${preview.restart.mode}`, params: { name: preview.restart.distro ?? '' } }, i18n.language)}</p>
      {!inFooter && (
        <button type="button" className="button" disabled={busy !== null} onClick={apply}>
          {t('defaultUser.apply')}
        </button>
      )}
    </section>
  );
}
