import { useTranslation } from 'react-i18next';
import { useStores } from '../../store';

/** Go, Network and Verify work inside the chosen distro as the chosen user: until then, say so and point there. */
export function NeedsDistro() {
  const { t } = useTranslation('distro');
  const stores = useStores();
  return (
    <div className="note note--warn">
      <p>{t('needs.body')}</p>
      <button type="button" className="button" onClick={() => stores.steps.getState().go('distro')}>
        {t('needs.go')}
      </button>
    </div>
  );
}
