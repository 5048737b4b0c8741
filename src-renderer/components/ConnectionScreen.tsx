import { useTranslation } from 'react-i18next';

/** Shown before the Api is up, or when it cannot be reached: never a blank window. */
export function ConnectionScreen({ error, onRetry }: { error: string | null; onRetry(): void }) {
  const { t } = useTranslation('common');
  if (error === null) {
    return (
      <main className="center-screen" aria-busy="true">
        <p role="status">{t('connection.connecting')}</p>
      </main>
    );
  }
  return (
    <main className="center-screen">
      <div className="card" role="alert">
        <h1>{t('connection.failedTitle')}</h1>
        <p>{t('connection.failedBody')}</p>
        <details>
          <summary>{t('connection.details')}</summary>
          <pre className="mono">{error}</pre>
        </details>
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('connection.retry')}
        </button>
      </div>
    </main>
  );
}
