import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { pickLocalized } from './localized';

/** Says plainly that this is a replay, so nobody mistakes the facts for their own PC or fears a change. */
export function ReadOnlyBanner() {
  const { t, i18n } = useTranslation('common');
  const info = useSession((s) => s.info);
  if (!info?.readOnly) return null;
  const machine = info.machine ? pickLocalized(info.machine.title, i18n.language) : t('readOnly.unnamed');
  return (
    <section className="banner banner--info" aria-labelledby="readonly-title">
      <span className="banner__icon" aria-hidden="true">
        ⟲
      </span>
      <div>
        <h2 id="readonly-title" className="banner__title">
          {t('readOnly.title')}
        </h2>
        <p className="banner__body">{t('readOnly.body', { machine })}</p>
      </div>
    </section>
  );
}
