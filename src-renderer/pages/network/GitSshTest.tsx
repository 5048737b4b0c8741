import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { FindingExplanation } from '../../components/findings';
import type { SshTest } from '../../store/git-ssh';
import type { GitSshProps } from './GitSshProps';

/** A test login to GitHub over SSH, and what its answer means: the account, or why not (with the catalog's words). */
export function GitSshTest({ target, store }: GitSshProps) {
  const { t } = useTranslation('gitSsh');
  const id = useId();
  const key = useStore(store, (s) => s.sshKey);
  const test = useStore(store, (s) => s.test);
  const busy = useStore(store, (s) => s.busy);
  if (key === null) return null;
  // Without a key the only possible answer is "denied": ask for a key first instead.
  const hasKey = key.publicKey !== null;
  return (
    <div className="gitssh-part" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('test.heading')}</h3>
      <p className="muted">{t('test.intro')}</p>
      <p>
        <button type="button" className={`button${test?.status === 'authenticated' ? '' : ' button--primary'}`} disabled={busy !== null || !hasKey} aria-describedby={hasKey ? undefined : `${id}-needs`} onClick={() => void store.getState().testSsh(target)}>
          {busy === 'test' ? t('test.testing') : test ? t('test.again') : t('test.button')}
        </button>
      </p>
      {!hasKey && (
        <p id={`${id}-needs`} className="muted">
          {t('test.needsKey')}
        </p>
      )}
      {test && <Verdict test={test} />}
    </div>
  );
}

function Verdict({ test }: { test: SshTest }) {
  const { t } = useTranslation('gitSsh');
  const via = test.via ? <p className="muted">{t('test.via', { via: test.via })}</p> : null;
  if (test.status === 'authenticated') {
    return (
      <>
        <p className="note" role="status">
          {t('test.status.authenticated', { account: test.account ?? t('test.unknownAccount') })}
        </p>
        {via}
      </>
    );
  }
  return (
    <div role="alert">
      <p className="note note--error">{t(`test.status.${test.status}`)}</p>
      {via}
      {test.finding && <FindingExplanation id={test.finding} />}
    </div>
  );
}
