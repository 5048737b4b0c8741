import './step-pages.css';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { DistroOption } from '../../../src-shared/contract/distro';
import { useDistro, useStores } from '../../store';
import { reasonText } from './reason';
import { useLocked } from '../../components/preset/preset-context';

type Option = z.infer<typeof DistroOption>;

/** The recommended distro first, then the others, each with the reasons in words; one is selected. */
export function OptionList({ options }: { options: readonly Option[] }) {
  const { t, i18n } = useTranslation(['distro', 'preset']);
  const stores = useStores();
  const selected = useDistro((s) => s.selected);
  const busy = useDistro((s) => s.busy);
  // A preset's locked distro is shown chosen; the others cannot be picked (main refuses them anyway).
  const locked = useLocked('distro');
  return (
    <fieldset className="options" disabled={busy !== null}>
      <legend>{t('options.legend')}</legend>
      {locked && (
        <p className="muted" data-testid="distro-locked">
          <span aria-hidden="true">🔒 </span>
          {t('preset:banner.locked')}
        </p>
      )}
      {options.map((o, i) => (
        <label key={`${o.action}:${o.name}`} className={`card option${o.name === selected ? ' option--selected' : ''}`}>
          <input type="radio" name="distro-option" value={o.name} checked={o.name === selected} disabled={locked && o.name !== selected} onChange={() => stores.distro.getState().select(o.name)} />
          <span className="option__body">
            <strong>{t(`options.${o.action}`, { name: o.name })}</strong>
            {i === 0 && <span className="tag"> {t('options.recommended')}</span>}
            <ul className="bullets">
              {o.reasons.map((r) => (
                <li key={r.key}>{reasonText(r, i18n.language)}</li>
              ))}
            </ul>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
