import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockedByPreflight, FailureNote, useBlocked } from '../components/findings';
import { usePrimaryAction } from '../components/footer/usePrimaryAction';
import { PageHeading } from '../components/PageHeading';
import { useDistro, useGo, useStores } from '../store';
import { NeedsDistro } from './distro/NeedsDistro';
import { BundleNote } from './go/BundleNote';
import { InstallProgress } from './go/InstallProgress';
import { InstallSummary } from './go/InstallSummary';
import { OldInstalls } from './go/OldInstalls';
import { ShellChecks } from './go/ShellChecks';
import { VersionPicker } from './go/VersionPicker';

/** Step 4: Go in the distro: old installs, which version, the verified install with progress, and PATH in fresh shells. */
export function GoPage() {
  const { t } = useTranslation('go');
  const stores = useStores();
  const blocked = useBlocked();
  const target = useDistro((s) => s.target);
  const phase = useGo((s) => s.phase);
  const loadedFor = useGo((s) => s.loadedFor);
  const detect = useGo((s) => s.detect);
  const releases = useGo((s) => s.releases);
  const installing = useGo((s) => s.installing);
  const verifying = useGo((s) => s.verifying);
  const result = useGo((s) => s.result);
  const verify = useGo((s) => s.verify);
  const error = useGo((s) => s.error);
  const version = useGo((s) => s.version);

  // Looking for old installs and the release list only reads: it starts by itself for the chosen distro.
  useEffect(() => {
    if (!blocked && target && loadedFor !== `${target.distro}/${target.user}`) void stores.go.getState().load(target);
  }, [blocked, target, loadedFor, stores]);

  const busy = installing || verifying;
  const taskId = useGo((s) => s.taskId);
  const ready = !blocked && target !== null && releases !== null;
  const install = () => target && void stores.go.getState().install(target);
  const label = result ? t('install.again', { version }) : t('install.button', { version });
  const status = installing ? t('install.running') : verifying ? t('install.verifying') : t('install.note');
  // After a success "Install … again" is a plain button on the page (the footer offers Next then).
  const inFooter = usePrimaryAction(ready ? { label, run: install, disabled: busy || version === null, busy, taskId: installing ? taskId : null, status, rank: 10 } : null);
  return (
    <article className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="page__lead">{t('intro')}</p>
      <BlockedByPreflight />
      {!blocked && !target && <NeedsDistro />}
      {!blocked && target && (
        <>
          <p className="muted">{t('where', { distro: target.distro, user: target.user })}</p>
          <BundleNote target={target} disabled={busy} />
          {phase === 'loading' && <p role="status">{t('loading')}</p>}
          {detect && <OldInstalls findings={detect.findings} disabled={busy} />}
          {releases && <VersionPicker releases={releases} disabled={busy} />}
          {releases && !inFooter && (
            <div className="toolbar">
              <button type="button" className="button" disabled={busy || version === null} onClick={install}>
                {label}
              </button>
              <p className="toolbar__status" role="status" aria-live="polite">
                {status}
              </p>
            </div>
          )}
          <InstallProgress />
          <FailureNote failure={error} />
          {result && <InstallSummary result={result} />}
          {verify && <ShellChecks verify={verify} />}
          {phase === 'error' && (
            <button type="button" className="button" onClick={() => void stores.go.getState().load(target)}>
              {t('reload')}
            </button>
          )}
        </>
      )}
    </article>
  );
}
