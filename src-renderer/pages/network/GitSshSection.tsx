import './GitSsh.css';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { SSH_SERVICES } from '../../../src-shared/network/git';
import { FailureNote } from '../../components/findings';
import { CancelButton } from '../../components/progress';
import { gitSshKeyOf } from '../../store/git-ssh';
import { GitSshGit } from './GitSshGit';
import { GitSshKey } from './GitSshKey';
import type { GitSshProps } from './GitSshProps';
import { GitSshRewrite } from './GitSshRewrite';
import { GitSshTest } from './GitSshTest';

/**
 * The optional git and SSH part of the Network step: git installed and
 * named, an SSH key to paste into GitHub, Gitee or GitLab, and a test login. The reads
 * start by themselves for the chosen distro; every change waits for a button.
 */
export function GitSshSection({ target, store }: GitSshProps) {
  const { t } = useTranslation('gitSsh');
  const id = useId();
  const loadedFor = useStore(store, (s) => s.loadedFor);
  const busy = useStore(store, (s) => s.busy);
  const taskId = useStore(store, (s) => s.taskId);
  const error = useStore(store, (s) => s.error);
  // The chosen service is the one a running test or rewrite is about (choosing another drops the old verdict).
  const service = SSH_SERVICES[useStore(store, (s) => s.service)];

  // `busy` is a dependency so a target chosen while an action ran is read once that action ends.
  useEffect(() => {
    if (busy === null && loadedFor !== gitSshKeyOf(target)) void store.getState().probe(target);
  }, [busy, loadedFor, target, store]);

  return (
    <section className="section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <div className="toolbar">
        <p className="toolbar__status" role="status" aria-live="polite">
          {busy !== null ? t(`busy.${busy}`, { service: service.name, host: service.host }) : ''}
        </p>
        <CancelButton taskId={taskId} />
        {busy === null && loadedFor !== null && (
          <button type="button" className="button" onClick={() => void store.getState().probe(target)}>
            {t('checkAgain')}
          </button>
        )}
      </div>
      <FailureNote failure={error} />
      <GitSshGit target={target} store={store} />
      <GitSshKey target={target} store={store} />
      <GitSshTest target={target} store={store} />
      <GitSshRewrite target={target} store={store} />
    </section>
  );
}
