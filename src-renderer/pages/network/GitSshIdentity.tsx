import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { FieldProblem } from '../../store/git-ssh';
import type { GitSshProps } from './GitSshProps';

/**
 * user.name / user.email. The store checks them with the contract's own
 * validators on Save; a refused field says why right under it and is tied
 * to that message (aria-invalid + aria-describedby), so nothing invalid is sent.
 */
export function GitSshIdentity({ target, store }: GitSshProps) {
  const { t } = useTranslation('gitSsh');
  const id = useId();
  const name = useStore(store, (s) => s.name);
  const email = useStore(store, (s) => s.email);
  const problems = useStore(store, (s) => s.problems);
  const saved = useStore(store, (s) => s.saved);
  const git = useStore(store, (s) => s.git);
  const busy = useStore(store, (s) => s.busy);
  return (
    <form
      className="form"
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void store.getState().saveIdentity(target);
      }}
    >
      <h4 id={`${id}-h`}>{t('identity.heading')}</h4>
      <p className="muted">{t('identity.intro')}</p>
      <Field id={`${id}-name`} label={t('identity.name')} value={name} autoComplete="name" type="text" problem={problems.name} problemKey="name" help={t('identity.nameHelp')} disabled={busy !== null} onChange={(v) => store.getState().setName(v)} />
      <Field id={`${id}-email`} label={t('identity.email')} value={email} autoComplete="email" type="email" problem={problems.email} problemKey="email" help={t('identity.emailHelp')} disabled={busy !== null} onChange={(v) => store.getState().setEmail(v)} />
      <p>
        <button type="submit" className="button" disabled={busy !== null}>
          {busy === 'identity' ? t('identity.saving') : t('identity.save')}
        </button>
      </p>
      {saved && git?.name && git.email && (
        <p className="note" role="status">
          {t('identity.saved', { name: git.name, email: git.email })}
        </p>
      )}
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  type: 'text' | 'email';
  autoComplete: string;
  problem: FieldProblem;
  problemKey: 'name' | 'email';
  help: string;
  disabled: boolean;
  onChange: (v: string) => void;
}

function Field({ id, label, value, type, autoComplete, problem, problemKey, help, disabled, onChange }: FieldProps) {
  const { t } = useTranslation('gitSsh');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        maxLength={type === 'email' ? 254 : 100}
        disabled={disabled}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-msg`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-msg`} className={problem !== null ? 'note note--error' : 'muted'}>
        {problem !== null ? t(`identity.problem.${problemKey}.${problem}`) : help}
      </p>
    </div>
  );
}
