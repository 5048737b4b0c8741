import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../store';

/**
 * Cancels a running task through task.cancel: main aborts it, which kills
 * the process tree and lets the service undo what it started. The page
 * learns the outcome from the task's own answer (CANCELLED), not from here.
 */
export function CancelButton({ taskId }: { taskId: string | null }) {
  const { t } = useTranslation('progress');
  const { api } = useStores();
  const [asked, setAsked] = useState<string | null>(null);
  if (taskId === null) return null;
  const cancelling = asked === taskId;
  return (
    <button
      type="button"
      className="button"
      disabled={cancelling}
      onClick={() => {
        setAsked(taskId);
        void api.invoke('task.cancel', { taskId }).catch(() => setAsked(null));
      }}
    >
      {cancelling ? t('cancelling') : t('cancel')}
    </button>
  );
}
