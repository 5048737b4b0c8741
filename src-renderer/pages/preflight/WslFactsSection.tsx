import { useTranslation } from 'react-i18next';
import type { DistroInfo, WslFacts } from '../../../src-shared/contract/preflight';
import { FactList } from '../../components/FactList';
import { formatRaw, formatValue, labelColon } from '../../components/format';

function DistroTable({ distros }: { distros: readonly DistroInfo[] }) {
  const { t, i18n } = useTranslation(['preflight', 'common']);
  return (
    <table className="table">
      <caption>{t('wsl.distros')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('wsl.distroName')}</th>
          <th scope="col">{t('wsl.distroState')}</th>
          <th scope="col">{t('wsl.distroVersion')}</th>
          <th scope="col">{t('wsl.distroDefault')}</th>
        </tr>
      </thead>
      <tbody>
        {distros.map((d) => (
          <tr key={d.name}>
            <th scope="row">{d.name}</th>
            <td>{formatRaw('distroState', d.state, t, i18n.language)}</td>
            <td>{formatValue(d.version, t, i18n.language)}</td>
            <td>{formatValue(d.isDefault, t, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What wsl.exe said about itself and the installed distributions. */
export function WslFactsSection({ wsl }: { wsl: WslFacts }) {
  const { t, i18n } = useTranslation(['preflight', 'common']);
  const v = (x: string | number | boolean | null) => formatValue(x, t, i18n.language);
  return (
    <section className="section" aria-labelledby="wsl-heading">
      <h2 id="wsl-heading">{t('wsl.heading')}</h2>
      <FactList
        facts={[
          { key: 'present', label: t('wsl.present'), value: v(wsl.present) },
          { key: 'ver', label: t('wsl.wslVersion'), value: v(wsl.wslVersion) },
          { key: 'kernel', label: t('wsl.kernelVersion'), value: v(wsl.kernelVersion) },
          { key: 'defver', label: t('wsl.defaultVersion'), value: v(wsl.defaultVersion) },
          { key: 'defdistro', label: t('wsl.defaultDistro'), value: v(wsl.defaultDistro) },
          { key: 'legacy', label: t('wsl.legacyInbox'), value: v(wsl.legacyInbox) },
        ]}
      />
      {wsl.distros === null ? (
        <p className="muted">
          {t('wsl.distros')}
          {labelColon(i18n.language)}
          {v(null)}
        </p>
      ) : wsl.distros.length === 0 ? (
        <p>{t('wsl.noDistros')}</p>
      ) : (
        <DistroTable distros={wsl.distros} />
      )}
    </section>
  );
}
