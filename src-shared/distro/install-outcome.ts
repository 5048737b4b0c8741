/**
 * What to do after one `wsl --install -d NAME --no-launch` attempt, given the
 * run's result and the catalog findings the diagnoser saw in its output.
 *
 * --web-download fetches the image from GitHub instead of the Store; it is the
 * known way around a blocked Store, a corporate proxy, or the install that sits
 * at 0.0 % for ever (microsoft/WSL#9390, #8834, #9482). So the Store attempt
 * falls back to it for network failures, timeouts and generic registration
 * failures, and never for causes a second download cannot fix (the name is
 * taken, virtualization off, no admin rights ...).
 */
export type InstallOutcome = 'installed' | 'exists' | 'retry-web' | 'failed' | 'cancelled';

export interface AttemptResult {
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
}

const RETRY_WITH_WEB = new Set(['WSL_DOWNLOAD_NETWORK', 'DISTRO_INSTALL_FAILED', 'WSL_FILE_NOT_FOUND', 'UNKNOWN']);

export function installOutcome(run: AttemptResult, findingIds: readonly string[], attempt: 'store' | 'web'): InstallOutcome {
  if (run.cancelled) return 'cancelled';
  if (findingIds.includes('DISTRO_ALREADY_EXISTS')) return 'exists';
  if (run.exitCode === 0 && !run.timedOut) return 'installed';
  if (attempt === 'web') return 'failed';
  if (run.timedOut) return 'retry-web';
  // No finding at all for a failed run: treat like UNKNOWN (a retry on the other path costs little).
  if (findingIds.length === 0 || findingIds.some((id) => RETRY_WITH_WEB.has(id))) {
    return findingIds.some((id) => !RETRY_WITH_WEB.has(id)) ? 'failed' : 'retry-web';
  }
  return 'failed';
}
