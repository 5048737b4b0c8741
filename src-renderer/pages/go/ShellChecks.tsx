import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { GoVerifyShellsResult } from '../../../src-shared/contract/go';
import { FindingList } from '../../components/findings';

/** Go in fresh shells of every kind: which go runs, its version, and hello-world, per shell. */
export function ShellChecks({ verify }: { verify: z.infer<typeof GoVerifyShellsResult> }) {
  const { t } = useTranslation('go');
  return (
    <section className="section" aria-labelledby="go-shells-h">
      <h2 id="go-shells-h">{t('shells.heading')}</h2>
      <p className={`note${verify.ok ? '' : ' note--error'}`} role="status">
        {verify.ok ? t('shells.ok') : t('shells.failed')}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('shells.shell')}</th>
            <th scope="col">{t('shells.path')}</th>
            <th scope="col">{t('shells.version')}</th>
            <th scope="col">{t('shells.hello')}</th>
            <th scope="col">{t('shells.result')}</th>
          </tr>
        </thead>
        <tbody>
          {verify.shells.map((s) => (
            <tr key={s.shell}>
              <th scope="row">{t(`shells.kind.${s.shell}`, { defaultValue: s.shell })}</th>
              <td className="mono">{s.goPath ?? t('shells.notFound')}</td>
              <td className="mono">{s.version ?? '—'}</td>
              <td className="mono">{s.hello ? s.hello.output : '—'}</td>
              <td>{s.ok ? t('shells.pass') : t('shells.fail')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <FindingList ids={verify.shells.flatMap((s) => s.findings)} />
      {verify.sudo && !verify.sudo.hasGo && <FindingList ids={['SUDO_SECURE_PATH']} />}
    </section>
  );
}
