import { useTranslation } from 'react-i18next';
import { FindingList } from '../../components/findings';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { CancelButton } from '../../components/progress';
import { useDistro, useStores } from '../../store';
import { CreateUserForm } from './CreateUserForm';
import { DefaultUserPreview } from './DefaultUserPreview';

/**
 * Installing a new distro: the install (Store, then --web-download), then the
 * first user, then making that user the default. Each part shows its result.
 */
export function InstallPanel({ name }: { name: string }) {
  const { t } = useTranslation('distro');
  const stores = useStores();
  const busy = useDistro((s) => s.busy);
  const taskId = useDistro((s) => s.taskId);
  const installed = useDistro((s) => s.installed);
  const created = useDistro((s) => s.created);
  const preview = useDistro((s) => s.defaultUserPreview);
  const done = installed?.outcome === 'installed' || installed?.outcome === 'exists';
  const install = () => void stores.distro.getState().install();
  const label = installed ? t('install.retry', { name }) : t('install.button', { name });
  const status = busy === 'install' ? t('install.running', { name }) : t('install.note');
  const inFooter = usePrimaryAction(done ? null : { label, run: install, disabled: busy !== null, busy: busy === 'install', taskId: busy === 'install' ? taskId : null, status, rank: 10 });

  if (!done) {
    return (
      <div className="action-panel">
        {!inFooter && (
          <div className="toolbar">
            <button type="button" className="button" disabled={busy !== null} onClick={install}>
              {label}
            </button>
            {busy === 'install' && <CancelButton taskId={taskId} />}
            <p className="toolbar__status" role="status" aria-live="polite">
              {status}
            </p>
          </div>
        )}
        {installed && (
          <>
            <p className="note note--error">{t(`install.outcome.${installed.outcome}`, { name })}</p>
            <FindingList ids={installed.attempts.flatMap((a) => a.findings)} />
          </>
        )}
      </div>
    );
  }
  return (
    <div className="action-panel">
      <p className="note" role="status">
        {t(`install.outcome.${installed.outcome}`, { name })}
      </p>
      {created === null ? <CreateUserForm distro={name} /> : <p className="note">{t(`createUser.${created.status}`, { user: created.username })}</p>}
      {preview && <DefaultUserPreview preview={preview} />}
    </div>
  );
}
