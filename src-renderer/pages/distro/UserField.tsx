import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { checkUsername } from '../../../src-shared/distro';
import { useDistro, useStores } from '../../store';
import { reasonText } from './reason';

/** Which Linux user the next steps work as: read from the distro's /etc/wsl.conf when it names one, else typed. */
export function UserField({ distro }: { distro: string }) {
  const { t, i18n } = useTranslation('distro');
  const stores = useStores();
  const user = useDistro((s) => s.user);
  const from = useDistro((s) => s.userFrom);
  const id = useId();
  const check = checkUsername(user);
  const problem = user !== '' && !check.ok ? reasonText({ key: check.i18nKey, params: {} }, i18n.language) : null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('user.label', { name: distro })}</label>
      <input
        id={id}
        className="input"
        value={user}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-help`}
        onChange={(e) => stores.distro.getState().setUser(e.target.value)}
      />
      <p id={`${id}-help`} className="muted">
        {problem ?? (from === 'wslconf' ? t('user.fromWslconf') : from === 'created' ? t('user.created') : t('user.help'))}
      </p>
    </div>
  );
}
