import { useEffect, useState } from 'react';
import type { TaskProgress } from '../../../src-shared/contract/tasks';
import { useStores } from '../../store';

/** The latest task.progress for one task id (null until main reports one, or with no task). */
export function useTaskProgress(taskId: string | null): TaskProgress | null {
  const { api } = useStores();
  const [latest, setLatest] = useState<TaskProgress | null>(null);
  useEffect(() => {
    setLatest(null);
    if (taskId === null) return;
    return api.on('task.progress', (p) => {
      if (p.taskId === taskId) setLatest(p);
    });
  }, [api, taskId]);
  return latest;
}
