import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { FindingList } from '../../components/findings';
import { GitSshIdentity } from './GitSshIdentity';
import type { GitSshProps } from './GitSshProps';

/** Is git there (and which version); if not, one button installs it; once it is, the identity form. */
export function GitSshGit({ target, store }: GitSshProps) {
  const { t } = useTranslation('gitSsh');
  const id = useId();
  const git = useStore(store, (s) => s.git);
  const busy = useStore(store, (s) => s.busy);
  if (git === null) return null;
  const version = git.gitVersion;
  return (
    <div className="gitssh-part" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('git.heading')}</h3>
      {version !== null ? (
        <p className="note">
          {t('git.version', { version })}
          {git.installed && ` ${t('git.justInstalled')}`}
        </p>
      ) : (
        <>
          <p className="note note--warn">{t('git.missing')}</p>
          <p>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void store.getState().installGit(target)}>
              {busy === 'install' ? t('git.installing') : t('git.install')}
            </button>
          </p>
          <p className="muted">{t('git.installNote')}</p>
        </>
      )}
      <FindingList ids={git.findings} />
      {version !== null && <GitSshIdentity target={target} store={store} />}
    </div>
  );
}
