import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText, type CopyOutcome } from '../network/GitSshClipboard';

/** A value to paste elsewhere (a command, a path), with a copy button and a spoken result. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation('editor');
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  return (
    <div className="copy-field">
      <p className="finding__label">{label}</p>
      <code className="mono" data-copy-value>
        {value}
      </code>{' '}
      <button type="button" className="button" aria-label={t('copyLabel', { what: label })} onClick={() => void copyText(value).then(setOutcome)}>
        {t('copy')}
      </button>
      <span role="status" aria-live="polite">
        {outcome ? t(outcome) : ''}
      </span>
    </div>
  );
}
