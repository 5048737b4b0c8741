import { useTranslation } from 'react-i18next';
import { FindingList } from '../../components/findings';
import { useNetwork } from '../../store';

/** What was written where: GOPROXY/GOSUMDB (go env -w), the proxy block, backups, and overrides fixed. */
export function AppliedSummary() {
  const { t } = useTranslation('network');
  const applied = useNetwork((s) => s.applied);
  const proxy = useNetwork((s) => s.appliedProxy);
  if (!applied) return null;
  const changes = [...(proxy?.changes ?? []), ...applied.changes];
  return (
    <section className="section card" aria-label={t('applied.heading')}>
      <h3>{t('applied.heading')}</h3>
      <p role="status">{t('applied.goproxy', { goproxy: applied.goproxy, gosumdb: applied.gosumdb })}</p>
      {proxy?.display && <p>{t('applied.proxy', { proxy: proxy.display })}</p>}
      <ul className="bullets">
        {changes.map((c) => (
          <li key={`${c.path}-${c.action}`} className="mono">
            {t(`applied.change.${c.action}`, { path: c.path })}
          </li>
        ))}
        {applied.overrides.map((o) => (
          <li key={`${o.file}:${o.line}`}>{t('applied.override', { name: o.name, file: o.file, line: o.line })}</li>
        ))}
      </ul>
      <FindingList ids={applied.findings} />
    </section>
  );
}
