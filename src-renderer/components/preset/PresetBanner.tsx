import { useTranslation } from 'react-i18next';
import { PRESET_CHOICES } from '../../../src-shared/preset/schema';
import { usePreset } from './preset-context';
import { choiceSummary } from './summary';

/** The preset's choices at the top of every step: each with a lock (and the words for it) when the admin locked it. */
export function PresetBanner() {
  const { t } = useTranslation('preset');
  const info = usePreset();
  if (info.status !== 'ok') return null;
  const p = info.preset;
  const keys = PRESET_CHOICES.filter((k) => p[k] !== undefined);
  if (keys.length === 0) return null;
  return (
    <section className="banner banner--info" aria-labelledby="preset-title" data-testid="preset-banner">
      <span className="banner__icon" aria-hidden="true">
        ⚙
      </span>
      <div>
        <h2 id="preset-title" className="banner__title">
          {t('banner.title')}
        </h2>
        <p className="banner__body">{t('banner.body', { source: info.source })}</p>
        <ul className="bullets">
          {keys.map((k) => {
            const isLocked = info.locked.includes(k);
            return (
              <li key={k} data-choice={k} data-locked={isLocked ? 'true' : 'false'}>
                <strong>{t(`keys.${k}`)}</strong>
                {': '}
                <span>{choiceSummary(p, k, t)}</span>{' '}
                {isLocked ? (
                  <span className="muted">
                    <span aria-hidden="true">🔒 </span>
                    {t('banner.locked')}
                  </span>
                ) : (
                  <span className="muted">{t('banner.open')}</span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
