import { useTranslation } from 'react-i18next';
import { useDistro, useGo, useStores, useVerify } from '../../store';

/**
 * What was set up, and how to work with it from now on: a terminal in the
 * distro and VS Code through its WSL extension. Everything named here comes
 * from what the steps actually did; the commands are to read, not to run here.
 */
export function NextSteps() {
  const { t } = useTranslation('finish');
  const stores = useStores();
  const target = useDistro((s) => s.target);
  const go = useGo((s) => s.result);
  const proof = useVerify((s) => s.result);
  if (!target) return <p className="muted">{t('next.notYet')}</p>;
  const distro = target.distro;
  const workdir = proof?.ok ? proof.workdir : null;
  return (
    <>
      <ul className="bullets">
        <li>{t('next.distro', { distro, user: target.user })}</li>
        {go && <li>{t('next.go', { version: go.version, mirror: go.mirror })}</li>}
        {proof && <li>{proof.ok ? t('next.proved') : t('next.notProved')}</li>}
      </ul>
      <h3>{t('next.terminalTitle')}</h3>
      <p>{t('next.terminalBody', { distro })}</p>
      <pre className="code">{`wsl -d ${distro}`}</pre>
      <button type="button" className="button" onClick={() => void stores.terminal.getState().openShell()}>
        {t('next.openShell')}
      </button>
      <h3>{t('next.vscodeTitle')}</h3>
      <ol className="bullets">
        <li>{t('next.vscodeInstall')}</li>
        <li>{t('next.vscodeExtension')}</li>
        <li>{t('next.vscodeOpen', { distro })}</li>
      </ol>
      <pre className="code">{`cd ${workdir ?? '~'}\ncode .`}</pre>
      <p className="muted">{t('next.homeNotMnt')}</p>
    </>
  );
}
