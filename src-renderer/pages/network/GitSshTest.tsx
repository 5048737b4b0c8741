import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { SSH_SERVICE_IDS, SSH_SERVICES, type SshService } from '../../../src-shared/network/git';
import { FindingExplanation } from '../../components/findings';
import type { SshTest } from '../../store/git-ssh';
import type { GitSshProps } from './GitSshProps';

/** A test login over SSH to GitHub, Gitee or GitLab, and what its answer means: the account, or why not (with the catalog's words). */
export function GitSshTest({ target, store }: GitSshProps) {
  const { t } = useTranslation('gitSsh');
  const id = useId();
  const key = useStore(store, (s) => s.sshKey);
  const test = useStore(store, (s) => s.test);
  const busy = useStore(store, (s) => s.busy);
  const service = useStore(store, (s) => s.service);
  if (key === null) return null;
  // Without a key the only possible answer is "denied": ask for a key first instead.
  const hasKey = key.publicKey !== null;
  return (
    <div className="gitssh-part" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('test.heading')}</h3>
      <p className="muted">{t('test.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-service`}>{t('test.service')}</label>
        <select id={`${id}-service`} className="input" value={service} disabled={busy !== null} onChange={(e) => store.getState().setService(e.target.value as SshService)}>
          {SSH_SERVICE_IDS.map((s) => (
            <option key={s} value={s}>
              {SSH_SERVICES[s].name} ({SSH_SERVICES[s].host})
            </option>
          ))}
        </select>
      </div>
      <p>
        <button type="button" className="button" disabled={busy !== null || !hasKey} aria-describedby={hasKey ? undefined : `${id}-needs`} onClick={() => void store.getState().testSsh(target)}>
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
  const service = SSH_SERVICES[test.service];
  const names = { service: service.name, host: service.host };
  const via = test.via ? <p className="muted">{t('test.via', { via: test.via })}</p> : null;
  if (test.status === 'authenticated') {
    return (
      <>
        <p className="note" role="status">
          {t('test.status.authenticated', { ...names, account: test.account ?? t('test.unknownAccount') })}
        </p>
        {via}
      </>
    );
  }
  // A service without a port-443 route was only tried on 22: say so.
  const status = test.status === 'timeout' && service.fallback === null ? 'timeoutPort22' : test.status;
  return (
    <div role="alert">
      <p className="note note--error">{t(`test.status.${status}`, names)}</p>
      {via}
      {test.finding && <FindingExplanation id={test.finding} />}
    </div>
  );
}
