import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { SSH_SERVICES } from '../../../src-shared/network/git';
import { hasRewrite, sshRewriteFor } from '../../store/git-ssh';
import type { GitSshProps } from './GitSshProps';

/**
 * url.<ssh>.insteadOf https://<service>/: offered only once the SSH test
 * authenticated, for the service it signed in to and the route it went
 * through (port 22 or the service's port 443), so turning it on cannot break
 * fetches that work today.
 */
export function GitSshRewrite({ target, store }: GitSshProps) {
  const { t } = useTranslation('gitSsh');
  const id = useId();
  const git = useStore(store, (s) => s.git);
  const test = useStore(store, (s) => s.test);
  const busy = useStore(store, (s) => s.busy);
  const chosen = useStore(store, (s) => s.service);
  if (git === null || git.gitVersion === null) return null;
  const rule = sshRewriteFor(test);
  const on = rule !== null && hasRewrite(git, rule);
  // The texts name the service the rule is for: the tested one, else the one chosen for the test.
  const service = SSH_SERVICES[test?.service ?? chosen];
  const names = { host: service.host, https: service.https };
  return (
    <div className="gitssh-part" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('rewrite.heading', names)}</h3>
      <p className="muted">{t('rewrite.intro', names)}</p>
      {git.insteadOf.length > 0 && (
        <>
          <p>{t('rewrite.current')}</p>
          <ul className="bullets">
            {git.insteadOf.map((l) => (
              <li key={l} className="mono gitssh-wrap">
                {l}
              </li>
            ))}
          </ul>
        </>
      )}
      {rule === null && <p className="muted">{t('rewrite.needsTest')}</p>}
      {rule !== null && !on && (
        <p>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void store.getState().rewriteToSsh(target)}>
            {t('rewrite.button', names)}
          </button>
        </p>
      )}
      {rule !== null && on && (
        <>
          <p className="note" role="status">
            {t('rewrite.on', names)}
          </p>
          <p>{t('rewrite.undo')}</p>
          <pre className="code gitssh-wrap">{`git config --global --unset-all url.${rule.base}.insteadOf`}</pre>
        </>
      )}
    </div>
  );
}
