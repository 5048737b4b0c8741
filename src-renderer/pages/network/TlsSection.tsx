import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingList } from '../../components/findings';
import { useNetwork, useStores } from '../../store';
import type { DistroTargetChoice } from '../../store/distro';
import { readCertificateFile } from './certificate-file';

/**
 * HTTPS as the distro sees it. On company networks a proxy or antivirus may
 * re-sign every site with its own root certificate; Go then fails with
 * "certificate signed by unknown authority". This section names the issuer
 * and installs the company's root certificate the user gets from IT.
 */
export function TlsSection({ target }: { target: DistroTargetChoice }) {
  const { t } = useTranslation('network');
  const id = useId();
  const stores = useStores();
  const tls = useNetwork((s) => s.tls);
  const busy = useNetwork((s) => s.busy);
  const imported = useNetwork((s) => s.caImported);
  const [certificate, setCertificate] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<'tooLarge' | 'empty' | null>(null);

  const pick = async (file: File | undefined) => {
    setCertificate(null);
    setFileProblem(null);
    if (!file) return;
    const read = await readCertificateFile(file);
    if (read.ok) setCertificate(read.certificate);
    else setFileProblem(read.reason);
  };

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
          <label htmlFor={`${id}-file`}>{t('tls.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".crt,.cer,.pem,application/x-x509-ca-cert,application/pkix-cert"
            disabled={busy !== null}
            aria-describedby={`${id}-file-help${fileProblem ? ` ${id}-file-error` : ''}`}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
          <p id={`${id}-file-help`} className="muted">
            {t('tls.fileHelp')}
          </p>
          {fileProblem && (
            <p id={`${id}-file-error`} className="note note--error">
              {t(`tls.fileProblem.${fileProblem}`)}
            </p>
          )}
        </div>
      )}
      {tls?.importCaNeeded && (
        <div className="toolbar">
          <button type="button" className="button button--primary" disabled={busy !== null || certificate === null} onClick={() => certificate && void stores.network.getState().importCa(target, certificate)}>
            {t('tls.install')}
          </button>
        </div>
      )}
      {imported && (
        <p className="note" role="status">
          {t('tls.installed', { subject: imported.subject, fingerprint: imported.fingerprint256 })}
        </p>
      )}
    </section>
  );
}
