import { useTranslation } from 'react-i18next';
import type { Failure } from './failure';
import { FindingExplanation } from './FindingExplanation';

/**
 * A failed action: cancelled says so plainly; a named finding is explained
 * from the catalog; anything else says what to do in the app. The message as
 * it came (a script name, an exit code, an error code) is for a helper: it
 * sits behind "Details", never in the first sentence.
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
      <p className="note note--error">{failure.catalogId !== null ? t('failed') : t('failedUnknown')}</p>
      {failure.catalogId !== null && <FindingExplanation id={failure.catalogId} />}
      <details className="failure-details">
        <summary>{t('details')}</summary>
        <p className="mono">{t('failedDetails', { message: failure.message, code: failure.code })}</p>
      </details>
    </div>
  );
}
