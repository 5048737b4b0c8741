import type { DistroTarget } from '../../../src-shared/contract/network';
import type { DistroScriptName } from '../../distro-scripts/exits';
import { scriptSpec as sharedSpec, type ScriptCall, type ScriptRun, type ScriptRunner } from '../../distro-scripts/run';
import type { CommandSpec, Host, OutputStream } from '../../host/types';

/**
 * How the network service words its distro scripts for the shared runner
 * (distro-scripts/run.ts): as the target user unless apt needs root, and a
 * proxy with credentials in GWS_PROXY (WSLENV carries it into the distro),
 * never in argv where a process list shows it.
 */
export type NetScriptName = Extract<DistroScriptName, `net-${string}`>;

export interface NetScriptCall extends Pick<ScriptCall<NetScriptName>, 'id' | 'script' | 'args' | 'timeoutMs' | 'mutates'> {
  readonly target: DistroTarget;
  /** Run as root instead of the target user (apt settings, apt-get install). */
  readonly asRoot?: boolean;
  /** Full proxy URL, credentials included: goes to the environment only. */
  readonly proxyUrl?: string;
  readonly title: string;
}

function sharedCall(call: NetScriptCall): ScriptCall<NetScriptName> {
  // `/u`: passed from Windows into WSL only.
  const env = call.proxyUrl ? { GWS_PROXY: call.proxyUrl, WSLENV: 'GWS_PROXY/u' } : undefined;
  return {
    id: call.id,
    script: call.script,
    distro: call.target.distro,
    user: call.asRoot ? 'root' : call.target.user,
    args: call.args,
    ...(env ? { env } : {}),
    timeoutMs: call.timeoutMs,
    mutates: call.mutates ?? false,
    title: call.title,
  };
}

/** The CommandSpec the runner sends for one call (tests check its argv and environment). */
export function scriptSpec(call: NetScriptCall): CommandSpec {
  return sharedSpec(sharedCall(call));
}

export interface RunContext {
  /** For the Windows-side probe (the system proxy); distro scripts go through `scripts`. */
  readonly host: Host;
  readonly scripts: ScriptRunner;
  readonly signal?: AbortSignal;
  /** Live output for the Terminal, already redacted. */
  readonly onOutput?: (stream: OutputStream, text: string) => void;
}

/**
 * Run one network script through the shared runner: its exit code comes back
 * as data (`exit`), and each caller decides what fails. `stop` ends a run the
 * caller no longer needs (the GOPROXY race has its answer) without an error.
 */
export function runNetScript(
  ctx: RunContext,
  call: NetScriptCall,
  secrets: readonly (string | undefined)[] = [],
  stop?: AbortSignal,
  onStdout?: (text: string) => void,
): Promise<ScriptRun<NetScriptName>> {
  return ctx.scripts.run(sharedCall(call), {
    secrets,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    ...(stop ? { stop } : {}),
    ...(ctx.onOutput ? { onOutput: ctx.onOutput } : {}),
    ...(onStdout ? { onStdout } : {}),
  });
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
