import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockedByPreflight, FailureNote, useBlocked } from '../components/findings';
import { usePrimaryAction } from '../components/footer/usePrimaryAction';
import { PageHeading } from '../components/PageHeading';
import { CancelButton } from '../components/progress';
import { proxyReady } from '../store/network';
import { useDistro, useNetwork, useStores } from '../store';
import { NeedsDistro } from './distro/NeedsDistro';
import { AppliedSummary } from './network/AppliedSummary';
import { DnsSection } from './network/DnsSection';
import { GitSshSection } from './network/GitSshSection';
import { GoproxySection } from './network/GoproxySection';
import { ProxySection } from './network/ProxySection';
import { TlsSection } from './network/TlsSection';

/** Step 5: the network for Go, measured from inside the distro, then written in one action. */
export function NetworkPage() {
  const { t } = useTranslation('network');
  const stores = useStores();
  const blocked = useBlocked();
  const target = useDistro((s) => s.target);
  const loadedFor = useNetwork((s) => s.loadedFor);
  const phase = useNetwork((s) => s.phase);
  const busy = useNetwork((s) => s.busy);
  const taskId = useNetwork((s) => s.taskId);
  const dns = useNetwork((s) => s.dns);
  const race = useNetwork((s) => s.race);
  const error = useNetwork((s) => s.error);
  const ready = useNetwork(proxyReady);
  const applied = useNetwork((s) => s.applied !== null);

  // The checks only read and probe: they start by themselves for the chosen distro.
  useEffect(() => {
    if (!blocked && target && loadedFor !== `${target.distro}/${target.user}`) void stores.network.getState().check(target);
  }, [blocked, target, loadedFor, stores]);

  const apply = async () => {
    if (target && (await stores.network.getState().apply(target))) stores.steps.getState().go('verify');
  };
  const applyLabel = applied ? t('apply.again') : t('apply.button');
  const applyStatus = busy === 'apply' ? t('busy.apply') : ready ? t('apply.note') : t('apply.needsProxy');
  const inFooter = usePrimaryAction(
    !blocked && target && race ? { label: applyLabel, run: () => void apply(), disabled: busy !== null || !ready || race.winner === null, busy: busy === 'apply', status: applyStatus, rank: 10 } : null,
  );
  return (
    <article className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="page__lead">{t('intro')}</p>
      <BlockedByPreflight />
      {!blocked && !target && <NeedsDistro />}
      {!blocked && target && (
        <>
          <div className="toolbar">
            <p className="toolbar__status" role="status" aria-live="polite">
              {busy ? t(`busy.${busy}`) : phase === 'ready' ? t('checked') : ''}
            </p>
            {busy !== null && busy !== 'apply' && <CancelButton taskId={taskId} />}
            {phase !== 'checking' && busy === null && (
              <button type="button" className="button" onClick={() => void stores.network.getState().check(target)}>
                {t('checkAgain')}
              </button>
            )}
          </div>
          <ProxySection target={target} />
          {dns && <DnsSection dns={dns} />}
          {race && <GoproxySection race={race} />}
          {phase !== 'checking' && <TlsSection target={target} />}
          <FailureNote failure={error} />
          {race && !inFooter && (
            <div className="toolbar">
              <button type="button" className="button" disabled={busy !== null || !ready || race.winner === null} onClick={() => void apply()}>
                {applyLabel}
              </button>
              <p className="muted">{ready ? t('apply.note') : t('apply.needsProxy')}</p>
            </div>
          )}
          <AppliedSummary />
          {/* Optional, for private modules: after the step's own action. */}
          <GitSshSection target={target} store={stores.gitSsh} />
        </>
      )}
    </article>
  );
}
