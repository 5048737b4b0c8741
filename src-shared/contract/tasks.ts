import { z } from 'zod';
import { Id, invoke } from './define';

/**
 * Long work (installs, downloads) runs under a task id chosen by the renderer,
 * so that it can be cancelled and report progress while the invoke is pending.
 */
export const TaskProgress = z.object({
  taskId: Id,
  /** A short machine-readable phase name; the UI translates it. */
  phase: z.string().max(64),
  done: z.number().nonnegative().optional(),
  total: z.number().nonnegative().optional(),
  /** Bytes per second, for downloads. */
  rate: z.number().nonnegative().optional(),
  etaSeconds: z.number().nonnegative().optional(),
});
export type TaskProgress = z.infer<typeof TaskProgress>;

export const tasksInvoke = {
  'task.cancel': invoke(z.object({ taskId: Id }).strict(), z.object({ cancelled: z.boolean() })),
} as const;

export const tasksEvents = {
  'task.progress': TaskProgress,
} as const;
