import { ApiError } from '../../../src-shared/contract';
import type { DistroTarget } from '../../../src-shared/contract/network';
import { redactSecrets } from '../../../src-shared/network/proxy';
import { distroScriptSpec } from '../../host/commands/distro';
import { loadDistroScript } from '../../distro-scripts';
import type { CommandSpec, Host, OutputStream, RunResult } from '../../host/types';

/**
 * How the network service runs its distro scripts: `wsl -d NAME -u USER --
 * bash -s -- ARGS` with the script text on stdin and data only as arguments
 * or environment. A proxy with credentials travels in GWS_PROXY (WSLENV
 * carries it into the distro), never in argv where a process list shows it.
 */
export interface ScriptCall {
  readonly id: string;
  readonly target: DistroTarget;
  readonly script: string;
  readonly args: readonly string[];
  /** Run as root instead of the target user (apt settings, apt-get install). */
  readonly asRoot?: boolean;
  /** Full proxy URL, credentials included: goes to the environment only. */
  readonly proxyUrl?: string;
  readonly timeoutMs: number;
  readonly mutates?: boolean;
  readonly title: string;
}

export function scriptSpec(call: ScriptCall): CommandSpec {
  const user = call.asRoot ? 'root' : call.target.user;
  const env: Record<string, string> = {};
  if (call.proxyUrl) {
    env.GWS_PROXY = call.proxyUrl;
    // `/u`: passed from Windows into WSL only.
    env.WSLENV = 'GWS_PROXY/u';
  }
  return distroScriptSpec(
    call.id,
    { name: call.target.distro, user, script: call.script, args: call.args },
    loadDistroScript(call.script),
    { timeoutMs: call.timeoutMs, mutates: call.mutates ?? false, title: call.title, env },
  );
}

export interface RunContext {
  readonly host: Host;
  readonly signal?: AbortSignal;
  /** Live output for the Terminal, already redacted. */
  readonly onOutput?: (stream: OutputStream, text: string) => void;
}

export interface ScriptOutput {
  readonly result: RunResult;
  /** stdout with every known secret removed. */
  readonly stdout: string;
  readonly stderr: string;
}

/** Run a script; a timeout or a process that never started is an error, a non-zero exit is data. */
export async function runScript(ctx: RunContext, call: ScriptCall, secrets: readonly (string | undefined)[] = [], extraSignal?: AbortSignal, onRaw?: (text: string) => void): Promise<ScriptOutput> {
  const signal = extraSignal && ctx.signal ? AbortSignal.any([ctx.signal, extraSignal]) : (extraSignal ?? ctx.signal);
  const result = await ctx.host.run(scriptSpec(call), {
    ...(signal ? { signal } : {}),
    onOutput: (stream, text) => {
      if (stream === 'stdout') onRaw?.(text);
      ctx.onOutput?.(stream, redactSecrets(text, secrets));
    },
  });
  if (result.cancelled && ctx.signal?.aborted) throw new ApiError('CANCELLED', `${call.id} cancelled`);
  if (result.timedOut) throw new ApiError('TIMEOUT', `${call.id} ran past ${call.timeoutMs} ms`);
  if (result.exitCode === null && !result.cancelled) throw new ApiError('HOST_FAILED', `${call.id} did not run`, { signal: result.signal });
  return { result, stdout: redactSecrets(result.stdout, secrets), stderr: redactSecrets(result.stderr, secrets) };
}

/** Lines `TAG rest...` of a script's output. */
export function tagged(stdout: string, tag: string): string[] {
  const prefix = `${tag} `;
  return stdout
    .split(/\r?\n/)
    .filter((l) => l === tag || l.startsWith(prefix))
    .map((l) => l.slice(prefix.length));
}

/** Text between `BEGIN` and `END` marker lines. */
export function section(stdout: string, begin: string, end: string): string {
  const a = stdout.indexOf(`${begin}\n`);
  const b = stdout.indexOf(`\n${end}`, a);
  return a < 0 || b < 0 ? '' : stdout.slice(a + begin.length + 1, b);
}
