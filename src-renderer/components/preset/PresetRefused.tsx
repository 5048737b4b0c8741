import { useTranslation } from 'react-i18next';
import type { PresetInfo } from '../../../src-shared/contract/preset';
import { pickLocalized } from '../localized';

/**
 * An invalid preset: only its problems, by JSON path, in the user's language.
 * Shown instead of the wizard, so nothing is checked or run (main refuses
 * every action anyway while the preset is invalid).
 */
export function PresetRefused({ info }: { info: Extract<PresetInfo, { status: 'invalid' }> }) {
  const { t, i18n } = useTranslation('preset');
  return (
    <main className="app__main" id="main">
      <article className="page" data-testid="preset-refused">
        <h1>{t('refused.title')}</h1>
        <p className="page__lead">{t('refused.body', { source: info.source })}</p>
        <ul className="bullets">
          {info.problems.map((p, i) => (
            <li key={`${p.path}-${i}`} data-path={p.path}>
              <code>{p.path || t('refused.whole')}</code>
              {': '}
              {pickLocalized(p.message, i18n.language)}
            </li>
          ))}
        </ul>
        <p className="muted">{t('refused.help')}</p>
      </article>
    </main>
  );
}
