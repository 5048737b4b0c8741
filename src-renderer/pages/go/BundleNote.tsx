import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleStatusResult } from '../../../src-shared/contract/bundle';
import { failureOf } from '../../components/findings/failure';
import { useGo, useStores } from '../../store';
import type { DistroTargetChoice } from '../../store/distro';

const BUNDLE_FILE_IDS = new Set(['BUNDLE_FILE_CORRUPT', 'BUNDLE_FILE_MISSING', 'BUNDLE_MANIFEST_INVALID']);

/**
 * The offline bundle main found (docs/bundle.md): where it is, which Go it
 * carries, and each file whose check failed, by name. When the install
 * refused a bundle file, the person may choose to download Go instead; main
 * applies that yes to Go only.
 */
export function BundleNote({ target, disabled }: { target: DistroTargetChoice; disabled: boolean }) {
  const { t } = useTranslation('go');
  const stores = useStores();
  const error = useGo((s) => s.error);
  const result = useGo((s) => s.result);
  const [status, setStatus] = useState<BundleStatusResult | null>(null);
  const [askFailed, setAskFailed] = useState<string | null>(null);

  // Checked again after each install attempt: files on a USB drive can change or go away.
  useEffect(() => {
    let live = true;
    stores.api.invoke('bundle.status', {}).then(
      (s) => live && setStatus(s),
      () => live && setStatus(null),
    );
    return () => {
      live = false;
    };
  }, [stores, error, result]);

  const found = status?.found;
  if (!found) return null;
  const bad = found.files.filter((f) => !f.ok);
  const goAllowed = status.networkAllowed.includes('go');
  const goBad = bad.some((f) => f.role === 'go');
  const offerNetwork = !goAllowed && error !== null && error.catalogId !== null && BUNDLE_FILE_IDS.has(error.catalogId);

  const useNetwork = async () => {
    setAskFailed(null);
    try {
      await stores.api.invoke('bundle.allowNetwork', { roles: ['go'] });
      await stores.go.getState().load(target);
    } catch (e) {
      setAskFailed(failureOf(e).message);
    }
  };

  return (
    <section className="section card" aria-label={t('bundle.heading')}>
      <h3>{t('bundle.heading')}</h3>
      <p role="status">
        {!found.go || goAllowed ? t('bundle.foundNoGo', { dir: found.dir }) : goBad ? t('bundle.foundGoBad', { dir: found.dir }) : t('bundle.found', { dir: found.dir, version: found.go.version })}
      </p>
      {found.manifestProblems.length > 0 && <p className="muted">{t('bundle.manifestBad')}</p>}
      {bad.length > 0 && (
        <ul className="bullets">
          {bad.map((f) => (
            <li key={f.file}>{t(`bundle.problem.${f.problem ?? 'sha256'}`, { file: f.file })}</li>
          ))}
        </ul>
      )}
      {bad.length === 0 && found.manifestProblems.length === 0 && <p className="muted">{t('bundle.verified', { count: found.files.length })}</p>}
      {goAllowed && <p className="muted">{t('bundle.networkChosen')}</p>}
      {offerNetwork && (
        <button type="button" className="button" disabled={disabled} onClick={() => void useNetwork()}>
          {t('bundle.useNetwork')}
        </button>
      )}
      {askFailed && <p role="alert">{askFailed}</p>}
    </section>
  );
}
