import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPassword, checkUsername } from '../../../src-shared/distro';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { useDistro, useStores } from '../../store';
import { reasonText } from './reason';

/**
 * The first Linux user of a new distro. The password goes once to the
 * create-user script's stdin; it is not kept in any store.
 */
export function CreateUserForm({ distro }: { distro: string }) {
  const { t, i18n } = useTranslation('distro');
  const stores = useStores();
  const busy = useDistro((s) => s.busy);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const id = useId();
  const u = checkUsername(username);
  const p = checkPassword(password, username);
  const say = (key: string) => reasonText({ key, params: {} }, i18n.language);
  const create = () => {
    if (!u.ok || !p.ok) return;
    void stores.distro.getState().createUser(username, password).then(() => setPassword(''));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create();
  };
  const label = busy === 'createUser' ? t('createUser.running') : t('createUser.button');
  const inFooter = usePrimaryAction({ label, run: create, disabled: busy !== null || !u.ok || !p.ok, busy: busy === 'createUser', rank: 11 });
  return (
    <form className="card form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('createUser.heading', { name: distro })}</h3>
      <div className="field">
        <label htmlFor={`${id}-u`}>{t('createUser.username')}</label>
        <input id={`${id}-u`} className="input" value={username} autoComplete="off" spellCheck={false} onChange={(e) => setUsername(e.target.value)} />
        {username !== '' && !u.ok && <p className="muted">{say(u.i18nKey)}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-p`}>{t('createUser.password')}</label>
        <input id={`${id}-p`} className="input" type="password" value={password} autoComplete="new-password" onChange={(e) => setPassword(e.target.value)} />
        {password !== '' && !p.ok && <p className="muted">{say(`distro.password.problem.${p.problem ?? 'empty'}`)}</p>}
        {p.ok && p.warnings.map((w) => (
          <p key={w} className="muted">
            {say(`distro.password.warning.${w}`)}
          </p>
        ))}
        <p className="muted">{say('distro.user.sudoExplain')}</p>
      </div>
      {/* Enter still submits: a form with two fields needs a submit button for that, so it stays, out of sight. */}
      <button type="submit" className={inFooter ? 'visually-hidden' : 'button'} tabIndex={inFooter ? -1 : undefined} aria-hidden={inFooter ? true : undefined} disabled={busy !== null || !u.ok || !p.ok}>
        {label}
      </button>
    </form>
  );
}
