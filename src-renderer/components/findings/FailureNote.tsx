import { useTranslation } from 'react-i18next';
import type { Failure } from './failure';
import { FindingExplanation } from './FindingExplanation';

/**
 * A failed action: cancelled says so plainly; a named finding is explained
 * from the catalog; anything else shows the message as it came, with its code.
 */
export function FailureNote({ failure }: { failure: Failure | null }) {
  const { t } = useTranslation('findings');
  if (failure === null) return null;
  if (failure.code === 'CANCELLED') {
    return (
      <p className="note note--warn" role="status">
        {t('cancelled')}
      </p>
    );
  }
  return (
    <div role="alert">
      <p className="note note--error">{t('failed', { message: failure.message, code: failure.code })}</p>
      {failure.catalogId !== null && <FindingExplanation id={failure.catalogId} />}
    </div>
  );
}
