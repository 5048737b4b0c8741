import type { DiagnoseInput, Finding } from '../../src-shared/diagnose';

/** Main -> worker: one diagnosis to run. */
export interface WorkerRequest {
  id: number;
  input: DiagnoseInput;
}

/** Worker -> main: its findings, or why it could not. */
export type WorkerReply = { id: number; findings: Finding[] } | { id: number; error: string };
