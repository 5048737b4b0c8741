import { ApiError } from '../../src-shared/contract';

/**
 * Running tasks by id, so 'task.cancel' can abort the work an earlier invoke
 * started. One task id runs one piece of work at a time.
 */
export class TaskRegistry {
  private readonly running = new Map<string, AbortController>();

  /**
   * Run `work` under `taskId` (or an anonymous id); cancel aborts its signal.
   * A cancelled task answers CANCELLED, unless the work names its own outcome
   * (ownOutcome): the WSL actions say "cancelled" only once an elevated
   * command has really ended, and "failed" when it did not confirm it.
   */
  async run<T>(taskId: string | undefined, work: (signal: AbortSignal) => Promise<T>, options: { ownOutcome?: boolean } = {}): Promise<T> {
    const id = taskId ?? `anon:${Math.random().toString(36).slice(2)}`;
    if (this.running.has(id)) throw new ApiError('CONFLICT', `task ${id} is already running`);
    const controller = new AbortController();
    this.running.set(id, controller);
    try {
      const result = await work(controller.signal);
      if (controller.signal.aborted && !options.ownOutcome) throw new ApiError('CANCELLED', 'cancelled');
      return result;
    } finally {
      this.running.delete(id);
    }
  }

  cancel(taskId: string): boolean {
    const c = this.running.get(taskId);
    if (!c) return false;
    c.abort();
    return true;
  }

  cancelAll(): void {
    for (const c of this.running.values()) c.abort();
  }

  get size(): number {
    return this.running.size;
  }
}
