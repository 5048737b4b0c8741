import { useTranslation } from 'react-i18next';
import type { CheckStatus } from '../../src-shared/contract/preflight';

const ICON: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✕', unknown: '?' };

/** A check's status in words; the colour and icon only repeat what the word says. */
export function StatusBadge({ status }: { status: CheckStatus }) {
  const { t } = useTranslation('preflight');
  return (
    <span className={`badge badge--${status}`}>
      <span aria-hidden="true" className="badge__icon">
        {ICON[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
