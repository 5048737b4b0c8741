import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockedByPreflight, FailureNote, FindingList, useBlocked } from '../components/findings';
import { PageHeading } from '../components/PageHeading';
import { selectedOption } from '../store/distro';
import { useDistro, useStores } from '../store';
import { InstallPanel } from './distro/InstallPanel';
import { OptionList } from './distro/OptionList';
import { reasonText } from './distro/reason';
import { UsePanel } from './distro/UsePanel';

/** Step 3: which Linux distribution, as which user; install and convert when needed. */
export function DistroPage() {
  const { t, i18n } = useTranslation('distro');
  const stores = useStores();
  const blocked = useBlocked();
  const phase = useDistro((s) => s.phase);
  const recommendation = useDistro((s) => s.recommendation);
  const error = useDistro((s) => s.error);
  const option = useDistro(selectedOption);

  // Looking at the installed distros only reads: it starts by itself.
  useEffect(() => {
    if (!blocked && stores.distro.getState().phase === 'idle') void stores.distro.getState().load();
  }, [blocked, stores]);

  return (
    <article className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="page__lead">{t('intro')}</p>
      <BlockedByPreflight />
      {!blocked && (
        <>
          {phase === 'loading' && <p role="status">{t('loading')}</p>}
          {phase === 'error' && (
            <button type="button" className="button" onClick={() => void stores.distro.getState().load()}>
              {t('reload')}
            </button>
          )}
          {recommendation && (
            <>
              <FindingList ids={recommendation.list.findings} />
              <OptionList options={[recommendation.choice, ...recommendation.alternatives]} />
              {option?.action === 'install' ? <InstallPanel name={option.name} /> : option && <UsePanel option={option} />}
              {option?.action === 'install' && <UsePanelAfterInstall />}
              <details className="section">
                <summary>{t('notes')}</summary>
                <ul className="bullets">
                  {recommendation.notes.map((n) => (
                    <li key={n.key}>{reasonText(n, i18n.language)}</li>
                  ))}
                </ul>
              </details>
            </>
          )}
          <FailureNote failure={error} />
        </>
      )}
    </article>
  );
}

/** After a fresh install and its first user: the same "use it" action as for a distro that was there. */
function UsePanelAfterInstall() {
  const option = useDistro(selectedOption);
  const created = useDistro((s) => s.created);
  if (!option || created === null) return null;
  return <UsePanel option={{ ...option, action: 'reuse' }} />;
}
