import { ApiError } from '../../../src-shared/contract';
import { LineSplitter, parseRecordLine, parseRecords, scriptError, type ScriptRecord } from '../../../src-shared/go/records';
import type { DistroScriptName } from '../../distro-scripts/exits';
import type { ScriptCall, ScriptRun, ScriptRunner } from '../../distro-scripts/run';

export type GoScriptName = Extract<DistroScriptName, `go-${string}`>;

/** One go-*.sh run; they all run as root (they write /usr/local/go and the users' init files). */
export interface GoScriptCall extends Pick<ScriptCall<GoScriptName>, 'id' | 'script' | 'distro' | 'args' | 'timeoutMs'> {
  readonly mutates: boolean;
  readonly title: string;
  readonly signal?: AbortSignal;
  /** Each record as soon as its line arrives (phases drive progress). */
  readonly onRecord?: (r: ScriptRecord) => void;
}

export interface GoScriptOutcome {
  readonly records: ScriptRecord[];
  readonly run: ScriptRun<GoScriptName>;
}

/**
 * Run one go-*.sh through the shared runner and read its records. The Go
 * step's decision: every ending but 'ok' is an error, HOST_FAILED carrying
 * the script's diagnosed id (e.g. GO_TARBALL_CORRUPT) and its stderr's tail.
 */
export async function runGoScript(runner: ScriptRunner, call: GoScriptCall): Promise<GoScriptOutcome> {
  const lines = new LineSplitter();
  const onStdout = call.onRecord
    ? (text: string) => {
        for (const line of lines.push(text)) {
          const r = parseRecordLine(line);
          if (r) call.onRecord?.(r);
        }
      }
    : undefined;
  const run = await runner.run(
    { id: call.id, script: call.script, distro: call.distro, user: 'root', args: call.args, mutates: call.mutates, timeoutMs: call.timeoutMs, title: call.title },
    { ...(call.signal ? { signal: call.signal } : {}), ...(onStdout ? { onStdout } : {}) },
  );
  const records = parseRecords(run.stdout);
  if (run.exit !== 'ok') {
    const err = scriptError(records);
    throw new ApiError('HOST_FAILED', err ? `${err.id}: ${err.detail}` : `${call.script} exited with ${String(run.exitCode)}`, {
      catalogId: err?.id ?? 'UNKNOWN',
      exitCode: run.exitCode,
      stderrTail: run.stderr.slice(-2000),
    });
  }
  return { records, run };
}
