import type { CommandSpec, DistroInvocation } from '../types';
import { wsl, WSL_ENV } from './wsl';

/**
 * A bash script run inside a distro: `wsl.exe -d NAME -u USER --exec bash -s -- ARGS`
 * with the script text on stdin. `--exec`, not `--`: after `--` wsl.exe hands the
 * rest of the line to the user's default shell, which would expand `$(...)` and
 * re-split arguments with spaces; `--exec` runs bash with exactly these argv. The script is our constant text; the user's
 * data travels only as positional arguments, so nothing is ever spliced into
 * code. The local-Linux host runs the very same thing with `bash -s -- ARGS`.
 */
export function distroScriptSpec(
  id: string,
  invocation: DistroInvocation & { script: string },
  scriptText: string,
  extra: Partial<Pick<CommandSpec, 'timeoutMs' | 'mutates' | 'title' | 'env'>> = {},
): CommandSpec {
  // Inside the distro everything is UTF-8; only wsl.exe's own errors may be UTF-16LE ('auto' sniffs).
  return wsl(id, ['-d', invocation.name, '-u', invocation.user, '--exec', 'bash', '-s', '--', ...invocation.args], {
    key: invocation.name,
    env: { ...WSL_ENV, ...extra.env },
    stdin: scriptText,
    distro: invocation,
    timeoutMs: extra.timeoutMs ?? 300_000,
    ...(extra.mutates !== undefined ? { mutates: extra.mutates } : {}),
    ...(extra.title !== undefined ? { title: extra.title } : {}),
  });
}
