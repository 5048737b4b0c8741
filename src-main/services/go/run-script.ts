import { ApiError } from '../../../src-shared/contract';
import { LineSplitter, parseRecordLine, parseRecords, scriptError, type ScriptRecord } from '../../../src-shared/go/records';
import { distroScriptSpec } from '../../host/commands/distro';
import type { CommandSpec, Host, RunResult } from '../../host/types';
import type { ScriptText } from '../../distro-scripts';

export type GoScriptName = 'go-detect.sh' | 'go-clean.sh' | 'go-install.sh' | 'go-path.sh' | 'go-verify.sh' | 'go-uninstall.sh';

/** How a command is run: the host directly, or the lead's runLive so the Terminal shows it. */
export type Runner = (spec: CommandSpec, signal?: AbortSignal, onOutput?: (stream: 'stdout' | 'stderr', text: string) => void) => Promise<RunResult>;

export function hostRunner(host: Host): Runner {
  return (spec, signal, onOutput) => host.run(spec, { ...(signal ? { signal } : {}), ...(onOutput ? { onOutput } : {}) });
}

export interface ScriptCall {
  readonly id: string;
  readonly script: GoScriptName;
  readonly distro: string;
  readonly user: string;
  readonly args: readonly string[];
  readonly mutates: boolean;
  readonly timeoutMs: number;
  readonly title: string;
  readonly signal?: AbortSignal;
  /** Each record as soon as its line arrives (phases drive progress). */
  readonly onRecord?: (r: ScriptRecord) => void;
}

export interface ScriptOutcome {
  readonly records: ScriptRecord[];
  readonly result: RunResult;
}

/**
 * Run one distro script and turn its ending into either records or a typed
 * error: CANCELLED, TIMEOUT, or HOST_FAILED carrying the script's diagnosed id
 * (e.g. GO_TARBALL_CORRUPT) and the tail of its stderr.
 */
export async function runScript(run: Runner, scripts: ScriptText, call: ScriptCall): Promise<ScriptOutcome> {
  const payload = scripts(call.script);
  const spec = distroScriptSpec(
    call.id,
    { name: call.distro, user: call.user, script: call.script, args: call.args },
    payload,
    { timeoutMs: call.timeoutMs, mutates: call.mutates, title: call.title },
  );
  const lines = new LineSplitter();
  const onOutput = call.onRecord
    ? (stream: 'stdout' | 'stderr', text: string) => {
        if (stream !== 'stdout') return;
        for (const line of lines.push(text)) {
          const r = parseRecordLine(line);
          if (r) call.onRecord?.(r);
        }
      }
    : undefined;
  const result = await run(spec, call.signal, onOutput);
  const records = parseRecords(result.stdout);
  if (result.cancelled) throw new ApiError('CANCELLED', `${call.script} was cancelled`);
  if (result.timedOut) throw new ApiError('TIMEOUT', `${call.script} ran past ${call.timeoutMs} ms`);
  if (result.exitCode !== 0) {
    const err = scriptError(records);
    throw new ApiError('HOST_FAILED', err ? `${err.id}: ${err.detail}` : `${call.script} exited with ${String(result.exitCode)}`, {
      catalogId: err?.id ?? 'UNKNOWN',
      exitCode: result.exitCode,
      stderrTail: result.stderr.slice(-2000),
    });
  }
  return { records, result };
}
