import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { diagnose, type DiagnoseInput, type Finding } from '../../src-shared/diagnose';
import type { WorkerReply, WorkerRequest } from './protocol';

/**
 * Diagnosis off the main thread. Command output can be megabytes (a progress
 * line that never ends, a log pasted whole); main must keep serving the
 * window meanwhile, so the diagnosis runs in a worker thread, with a time
 * limit after which the worker is terminated (and started afresh for the
 * next call) and the caller hears `timedOut` instead of waiting.
 *
 * Where the bundled worker file does not exist (unit tests run the sources),
 * it diagnoses inline and says so (`inline: true`): the diagnoser itself is
 * linear, so this only loses the isolation, never the answer.
 */
export interface OffThreadResult {
  findings: Finding[];
  timedOut: boolean;
  inline: boolean;
}

export const DEFAULT_TIMEOUT_MS = 5_000;

export function defaultWorkerPath(): string | null {
  for (const p of [path.join(__dirname, 'diagnose-worker.cjs'), path.join(__dirname, '..', 'main', 'diagnose-worker.cjs')]) {
    if (existsSync(p)) return p;
  }
  return null;
}

export class DiagnoseWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (r: WorkerReply | 'timeout' | 'exit') => void>();

  constructor(
    private readonly workerPath: string | null = defaultWorkerPath(),
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {}

  async diagnose(input: DiagnoseInput): Promise<OffThreadResult> {
    if (this.workerPath === null) return { findings: diagnose(input), timedOut: false, inline: true };
    const worker = this.start(this.workerPath);
    const id = this.nextId++;
    const reply = await new Promise<WorkerReply | 'timeout' | 'exit'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), this.timeoutMs);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      worker.postMessage({ id, input } satisfies WorkerRequest);
    });
    this.pending.delete(id);
    if (reply === 'timeout') {
      // A stuck diagnosis must not hold the next one: drop this worker; the next call starts a new one.
      this.stop();
      return { findings: [], timedOut: true, inline: false };
    }
    // A worker that could not start (a packaging quirk) or threw: the answer still matters more than the
    // isolation, and the diagnoser is linear; diagnose here rather than report nothing.
    if (reply === 'exit' || 'error' in reply) return { findings: diagnose(input), timedOut: false, inline: true };
    return { findings: reply.findings, timedOut: false, inline: false };
  }

  private start(file: string): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(file);
    // Never keep the app (or a CLI run) alive just for an idle worker.
    w.unref();
    w.on('message', (r: WorkerReply) => this.pending.get(r.id)?.(r));
    w.on('error', () => this.failAll(w));
    w.on('exit', () => this.failAll(w));
    this.worker = w;
    return w;
  }

  private failAll(w: Worker): void {
    if (this.worker === w) this.worker = null;
    for (const resolve of [...this.pending.values()]) resolve('exit');
  }

  stop(): void {
    const w = this.worker;
    this.worker = null;
    if (w) void w.terminate();
  }
}

let shared: DiagnoseWorker | null = null;

/** The app's one diagnosis worker, started on first use. */
export function diagnoseOffThread(input: DiagnoseInput): Promise<OffThreadResult> {
  shared ??= new DiagnoseWorker();
  return shared.diagnose(input);
}
