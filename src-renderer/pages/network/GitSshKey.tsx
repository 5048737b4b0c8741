import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { copyText, type CopyOutcome } from './GitSshClipboard';
import type { GitSshProps } from './GitSshProps';

/**
 * The SSH key: a button to create one when there is none; otherwise the
 * public key to copy, its fingerprint, and where on GitHub/GitLab it goes
 * (named as text: the app never navigates away).
 */
export function GitSshKey({ target, store }: GitSshProps) {
  const { t } = useTranslation('gitSsh');
  const id = useId();
  const key = useStore(store, (s) => s.sshKey);
  const busy = useStore(store, (s) => s.busy);
  const notCreated = useStore(store, (s) => s.keyNotCreated);
  const [copy, setCopy] = useState<CopyOutcome | null>(null);
  if (key === null) return null;
  const publicKey = key.publicKey;
  return (
    <div className="gitssh-part" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('key.heading')}</h3>
      <p className="muted">{t('key.intro')}</p>
      {publicKey === null ? (
        <>
          <p>{t('key.none')}</p>
          <p>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void store.getState().createKey(target)}>
              {busy === 'keygen' ? t('key.creating') : t('key.create')}
            </button>
          </p>
          <p className="muted">{t('key.createNote')}</p>
          {notCreated && (
            <p className="note note--error" role="alert">
              {t('key.notCreated')}
            </p>
          )}
        </>
      ) : (
        <>
          {key.created && (
            <p className="note" role="status">
              {t('key.created')}
            </p>
          )}
          <div className="field">
            <label htmlFor={`${id}-pub`}>{t('key.public')}</label>
            <textarea id={`${id}-pub`} className="gitssh-key" readOnly rows={3} spellCheck={false} value={publicKey} aria-describedby={`${id}-fp`} />
          </div>
          {key.fingerprint && (
            <p id={`${id}-fp`} className="mono muted gitssh-wrap">
              {t('key.fingerprint', { fingerprint: key.fingerprint })}
            </p>
          )}
          <p>
            <button type="button" className="button" onClick={() => void copyText(publicKey).then(setCopy)}>
              {t('key.copy')}
            </button>{' '}
            <span role="status" aria-live="polite">
              {copy !== null ? t(`key.${copy}`) : ''}
            </span>
          </p>
          <h4>{t('key.where.heading')}</h4>
          <ul className="bullets">
            <li>{t('key.where.github')}</li>
            <li>{t('key.where.gitee')}</li>
            <li>{t('key.where.gitlab')}</li>
          </ul>
          <p className="muted">{t('key.where.private')}</p>
        </>
      )}
    </div>
  );
}
