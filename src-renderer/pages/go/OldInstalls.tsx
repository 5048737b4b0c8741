import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { OldInstallFindingSchema } from '../../../src-shared/contract/go';
import { FindingList } from '../../components/findings';
import { useGo, useStores } from '../../store';

type Finding = z.infer<typeof OldInstallFindingSchema>;

/**
 * Go installs and leftovers already in the distro, each with what it is and
 * where; a box to remove it where the wizard can (ticked: removed by Install).
 * ~/go needs a second, explicit yes. Explained with the catalog's words.
 */
export function OldInstalls({ findings, disabled }: { findings: readonly Finding[]; disabled: boolean }) {
  const { t } = useTranslation('go');
  const stores = useStores();
  const clean = useGo((s) => s.clean);
  const confirmGopath = useGo((s) => s.confirmGopath);
  const others = findings.filter((f) => !(f.kind === 'usr-local' && f.detail === 'ours'));
  if (others.length === 0) return <p className="note">{t('old.none')}</p>;
  return (
    <section className="section" aria-labelledby="go-old-h">
      <h2 id="go-old-h">{t('old.heading')}</h2>
      <ul className="old-installs">
        {others.map((f) => (
          <li key={`${f.kind}-${f.path}-${f.line ?? ''}`} className="card">
            <p>
              <strong>{t(`old.kind.${f.kind}`, { defaultValue: f.kind })}</strong> <span className="mono">{f.path}{f.line !== null ? `:${f.line}` : ''}</span>
              {f.version && <span className="mono"> ({f.version})</span>}
            </p>
            {f.cleanKind === null ? (
              <p className="muted">{t(f.kind === 'usr-local' ? 'old.replaced' : 'old.cannotRemove')}</p>
            ) : f.cleanKind === 'usr-local' ? (
              <p className="muted">{t('old.replaced')}</p>
            ) : (
              <label className="check-row">
                <input type="checkbox" disabled={disabled} checked={clean.includes(f.cleanKind)} onChange={(e) => stores.go.getState().toggleClean(f.cleanKind!, e.target.checked)} />{' '}
                {t(`old.remove.${f.cleanKind}`)}
              </label>
            )}
            {f.needsExplicitConfirm && clean.includes('gopath') && (
              <label className="check-row">
                <input type="checkbox" disabled={disabled} checked={confirmGopath} onChange={(e) => stores.go.getState().setConfirmGopath(e.target.checked)} /> {t('old.confirmGopath', { path: f.path })}
              </label>
            )}
          </li>
        ))}
      </ul>
      <FindingList ids={others.map((f) => f.catalogId)} />
    </section>
  );
}
