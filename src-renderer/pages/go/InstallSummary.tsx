import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { GoInstallResult } from '../../../src-shared/contract/go';
import { formatSize } from '../../components/progress';

/** What the install did, as main reports it: version, mirror, verified checksum, removals and edited files. */
export function InstallSummary({ result }: { result: z.infer<typeof GoInstallResult> }) {
  const { t, i18n } = useTranslation('go');
  return (
    <section className="section card" aria-label={t('result.heading')}>
      <h3>{t('result.heading')}</h3>
      <p role="status">{t('result.installed', { version: result.version, goroot: result.goroot })}</p>
      <ul className="bullets">
        <li>{result.mirror === 'cache' ? t('result.fromCache') : result.mirror === 'bundle' ? t('result.fromBundle') : t('result.mirror', { mirror: result.mirror, size: formatSize(result.bytes, i18n.language) })}</li>
        <li className="mono">sha256 {result.sha256}</li>
        {result.failedMirrors.map((m) => (
          <li key={m.id}>{t('result.failedMirror', { mirror: m.id, error: m.error })}</li>
        ))}
        {result.removed.map((r) => (
          <li key={r}>{t('result.removed', { what: r })}</li>
        ))}
        {result.files.map((f) => (
          <li key={f.path}>{t(`result.file.${f.state}`, { path: f.path, defaultValue: `${f.path}: ${f.state}` })}</li>
        ))}
      </ul>
    </section>
  );
}
