import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../store';

/**
 * At start: if this wizard already changed files on this computer (its undo
 * journal has applied edits), say so and offer the guided reinstall on the
 * Finish page, so a second run starts from "redo or undo", not from scratch.
 */
export function PreviousSetupBanner() {
  const { t } = useTranslation('support');
  const stores = useStores();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    stores.api.invoke('distro.changes', {}).then(
      ({ changes }) => live && setCount(changes.filter((c) => c.state === 'applied').length),
      // Reading the journal is best-effort: without it the wizard simply starts fresh.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [stores]);
  if (count === 0) return null;
  return (
    <section className="note" aria-labelledby="previous-setup-title">
      <strong id="previous-setup-title">{t('previous.title')}</strong>
      <p>{t('previous.body', { count })}</p>
      <button type="button" className="button" onClick={() => stores.steps.getState().go('finish')}>
        {t('previous.action')}
      </button>
    </section>
  );
}
