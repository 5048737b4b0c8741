/**
 * The diagnoser in a worker thread (bundled to out/main/diagnose-worker.cjs).
 * Main posts {id, input}; the worker answers {id, findings}. Nothing else
 * lives here: the diagnosis is the shared, pure one.
 */
import { parentPort } from 'node:worker_threads';
import { diagnose, type DiagnoseInput } from '../../src-shared/diagnose';
import type { WorkerReply, WorkerRequest } from './protocol';

parentPort?.on('message', (msg: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: msg.id, findings: diagnose(msg.input as DiagnoseInput) };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
