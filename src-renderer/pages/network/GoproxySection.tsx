import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RaceResult } from '../../../src-shared/contract/network';
import { FindingList } from '../../components/findings';
import { useLocked } from '../../components/preset/preset-context';

/** The GOPROXY race as measured from inside the distro: every candidate, the winner, and the checksum database. */
export function GoproxySection({ race }: { race: z.infer<typeof RaceResult> }) {
  const { t } = useTranslation(['network', 'preset']);
  // A preset's locked GOPROXY/GOSUMDB/GOPRIVATE: the race runs over its candidates only, and main writes its values.
  const locked = useLocked('goEnv');
  return (
    <section className="section" aria-labelledby="net-goproxy-h">
      <h2 id="net-goproxy-h">{t('goproxy.heading')}</h2>
      {locked && (
        <p className="muted" data-testid="goproxy-locked">
          <span aria-hidden="true">🔒 </span>
          {t('preset:banner.locked')}
        </p>
      )}
      <p className={`note${race.winner ? '' : ' note--error'}`} role="status">
        {race.winner ? t('goproxy.winner', { url: race.winner, ms: Math.round(race.decidedInMs) }) : t('goproxy.none')}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('goproxy.candidate')}</th>
            <th scope="col">{t('goproxy.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {race.candidates.map((c) => (
            <tr key={c.url}>
              <th scope="row" className="mono">
                {c.url}
              </th>
              <td>
                {c.ok
                  ? t('goproxy.ok', { ms: Math.round(c.latencyMs ?? 0) })
                  : c.abandoned
                    ? t('goproxy.abandoned')
                    : t('goproxy.failed', { code: c.httpCode ?? '—', finding: c.finding ?? '' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {race.sumdb && <p>{t(`goproxy.sumdb.${race.sumdb.reason}`, { value: race.sumdb.value })}</p>}
      <FindingList ids={race.winner ? [] : race.candidates.flatMap((c) => (c.finding ? [c.finding] : []))} />
    </section>
  );
}
