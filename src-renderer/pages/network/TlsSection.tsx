import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingList } from '../../components/findings';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { useNetwork, useStores } from '../../store';
import type { DistroTargetChoice } from '../../store/distro';

/**
 * HTTPS as the distro sees it. On company networks a proxy or antivirus may
 * re-sign every site with its own root certificate; Go then fails with
 * "certificate signed by unknown authority". This section names the issuer
 * and installs the company's root certificate the user gets from IT. The
 * file is chosen in main's own file dialog and the certificate confirmed in
 * main's own window (subject, issuer, SHA-256): the page only asks for it.
 */
export function TlsSection({ target }: { target: DistroTargetChoice }) {
  const { t } = useTranslation('network');
  const id = useId();
  const stores = useStores();
  const tls = useNetwork((s) => s.tls);
  const busy = useNetwork((s) => s.busy);
  const importCa = () => void stores.network.getState().importCa(target);
  // Without the company's root certificate nothing over HTTPS works: importing it outranks the rest.
  const inFooter = usePrimaryAction(tls?.importCaNeeded ? { label: t('tls.choose'), run: importCa, disabled: busy !== null, busy: busy === 'importCa', rank: 15, opensDialog: true } : null);
  const imported = useNetwork((s) => s.caImported);
  const inspectors = [...new Set((tls?.hosts ?? []).filter((h) => h.intercepted && h.issuer).map((h) => h.issuer as string))];
  return (
    <section className="section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('tls.heading')}</h2>
      {!tls && (
        <>
          <p className="muted">{t('tls.intro')}</p>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void stores.network.getState().checkTls(target)}>
            {t('tls.check')}
          </button>
        </>
      )}
      {tls && (
        <>
          <p className={`note${tls.importCaNeeded ? ' note--error' : ''}`} role="status">
            {tls.importCaNeeded
              ? t('tls.untrusted', { issuer: inspectors.join(', ') || t('tls.unknownIssuer') })
              : inspectors.length > 0
                ? t('tls.inspectedTrusted', { issuer: inspectors.join(', ') })
                : t('tls.ok', { n: tls.hosts.filter((h) => h.trusted).length })}
          </p>
          <ul className="bullets">
            {tls.hosts.map((h) => (
              <li key={h.host}>
                <span className="mono">{h.host}</span>: {!h.connected ? t('tls.host.noConnection') : h.trusted ? t('tls.host.trusted') : t('tls.host.untrusted')}
                {h.issuer && <span className="muted"> — {t('tls.host.issuer', { issuer: h.issuer })}</span>}
              </li>
            ))}
          </ul>
          <FindingList ids={tls.hosts.flatMap((h) => (h.finding ? [h.finding] : []))} />
        </>
      )}
      {tls?.importCaNeeded && (
        <div className="field">
          <p id={`${id}-file-help`} className="muted">
            {t('tls.fileHelp')}
          </p>
          <p className="muted">{t('tls.mainAsks')}</p>
          {!inFooter && (
            <div className="toolbar">
              <button type="button" className="button" aria-describedby={`${id}-file-help`} disabled={busy !== null} onClick={importCa}>
                {t('tls.choose')}
              </button>
            </div>
          )}
        </div>
      )}
      {imported?.outcome === 'installed' && imported.certificate && (
        <p className="note" role="status">
          {t('tls.installed', { subject: imported.certificate.subject, fingerprint: imported.certificate.fingerprint256 })}
        </p>
      )}
      {imported?.outcome === 'declined' && (
        <p className="note" role="status">
          {t('tls.declined', { subject: imported.certificate?.subject ?? '' })}
        </p>
      )}
      {imported?.outcome === 'cancelled' && (
        <p className="muted" role="status">
          {t('tls.cancelled')}
        </p>
      )}
    </section>
  );
}
