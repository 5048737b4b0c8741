import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { DnsCheckResult } from '../../../src-shared/contract/network';
import { FindingList } from '../../components/findings';

/** Name resolution inside the distro: who answers, what resolved, and the catalog's words for a failure. */
export function DnsSection({ dns }: { dns: z.infer<typeof DnsCheckResult> }) {
  const { t } = useTranslation('network');
  const ok = dns.results.every((r) => r.ok);
  return (
    <section className="section" aria-labelledby="net-dns-h">
      <h2 id="net-dns-h">{t('dns.heading')}</h2>
      <p className={`note${ok ? '' : ' note--error'}`} role="status">
        {ok ? t('dns.ok', { n: dns.results.length }) : t('dns.failed')}
      </p>
      <p className="muted">{t('dns.servers', { servers: dns.resolvConf.nameservers.join(', ') || t('dns.noServers') })}</p>
      <ul className="bullets">
        {dns.results.map((r) => (
          <li key={r.host} className="mono">
            {r.host}: {r.ok ? r.addresses.join(', ') : t('dns.noAnswer')} ({Math.round(r.ms)} ms)
          </li>
        ))}
      </ul>
      <FindingList ids={dns.findings} />
    </section>
  );
}
