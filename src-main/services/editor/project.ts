import { ApiError } from '../../../src-shared/contract';
import { parseRecords, scriptError } from '../../../src-shared/go/records';
import type { DistroScriptName } from '../../distro-scripts/exits';
import type { ScriptRunner } from '../../distro-scripts/run';

/**
 * The first project (~/hello-go) and the Editor step's undo. Both run as the
 * user: the files are theirs, and undo removes only what the manifest says
 * the wizard made (see editor-undo.sh).
 */
export interface UserTarget {
  readonly distro: string;
  readonly user: string;
}

async function runAsUser(runner: ScriptRunner, script: Extract<DistroScriptName, `editor-${string}`>, t: UserTarget, signal?: AbortSignal) {
  const run = await runner.run(
    { id: `editor.${script}`, script, distro: t.distro, user: t.user, args: ['--user', t.user], timeoutMs: 30_000, mutates: true, title: script },
    signal ? { signal } : {},
  );
  const records = parseRecords(run.stdout);
  if (run.exit !== 'ok') {
    const err = scriptError(records);
    throw new ApiError('HOST_FAILED', err ? `${err.id}: ${err.detail}` : `${script} exited with ${String(run.exitCode)}`, {
      catalogId: err?.id ?? 'UNKNOWN',
      stderrTail: run.stderr.slice(-2000),
    });
  }
  return records;
}

export interface ProjectResult {
  /** The Linux path, for `code --remote wsl+<distro> <path>`. */
  readonly path: string;
  /** false: the folder was already there and was left as it was. */
  readonly created: boolean;
}

export async function createHelloProject(runner: ScriptRunner, t: UserTarget, signal?: AbortSignal): Promise<ProjectResult> {
  const rec = (await runAsUser(runner, 'editor-hello.sh', t, signal)).find((r) => r.kind === 'project');
  if (!rec?.fields[0]) throw new ApiError('HOST_FAILED', 'editor-hello.sh gave no project record', { catalogId: 'UNKNOWN' });
  return { path: rec.fields[0], created: rec.fields[1] === 'created' };
}

export interface UndoResult {
  readonly removed: string[];
  readonly kept: { path: string; reason: string }[];
}

export async function undoEditor(runner: ScriptRunner, t: UserTarget, signal?: AbortSignal): Promise<UndoResult> {
  const records = await runAsUser(runner, 'editor-undo.sh', t, signal);
  return {
    removed: records.filter((r) => r.kind === 'removed').map((r) => r.fields[0] ?? ''),
    kept: records.filter((r) => r.kind === 'kept').map((r) => ({ path: r.fields[0] ?? '', reason: r.fields[1] ?? '' })),
  };
}
