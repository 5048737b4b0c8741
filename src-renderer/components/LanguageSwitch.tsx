import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLang } from '../i18n/language';
import { useLanguage } from '../i18n/useLanguage';
import { useStores } from '../store';

/** The language picker. Each option names its language in that language, so anyone can find their own. */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const { api } = useStores();
  const { lang, setLang } = useLanguage(api);
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) setLang(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
