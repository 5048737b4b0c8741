/**
 * Which install path comes next, from what the last attempt printed (its
 * catalog findings) and how it ended. Pure, so every branch is tested.
 *
 *   1. wsl --install --no-distribution            (the Store path)
 *   2. ... --web-download                         (GitHub instead of the Store)
 *   3. DISM both features + wsl --update --web-download
 *   inbox: DISM (when a feature is off) + the Store WSL MSI from GitHub
 *   bundle: DISM (when a feature is off) + the MSI of an offline bundle; it
 *           never falls back to a download (the person was not asked)
 *
 * A retry only makes sense for causes a different download path can fix:
 * the network, the Store/package machinery, or output nobody recognises.
 * The old in-box wsl.exe knows neither the options of 1 and 2 nor
 * `wsl --update --web-download` (an unpatched one offers only `--rollback`),
 * so it takes the MSI route, where this Windows can run the Store WSL at all
 * (storeWsl false: only Windows Update helps, and the flow stops).
 * Virtualization off, policy, an old Windows, missing rights: another
 * download changes nothing, so the flow stops and explains.
 */
export type InstallPath = 'install' | 'install-web' | 'features-and-update' | 'inbox-msi' | 'bundle-msi';
export type NextStep = InstallPath | 'stop';

const DOWNLOAD_RETRYABLE = new Set(['WSL_DOWNLOAD_NETWORK', 'WSL_PACKAGE_INSTALL_FAILED', 'WSL_FILE_NOT_FOUND', 'UNKNOWN']);

export interface AttemptOutcome {
  readonly ok: boolean;
  readonly timedOut: boolean;
  readonly findingIds: readonly string[];
}

export function nextInstallStep(current: InstallPath, last: AttemptOutcome, machine: { readonly storeWsl: boolean | null } = { storeWsl: null }): NextStep {
  if (last.ok || current === 'features-and-update' || current === 'inbox-msi' || current === 'bundle-msi') return 'stop';
  const ids = last.findingIds;
  if (ids.includes('WSL_INBOX_LEGACY')) return machine.storeWsl === false ? 'stop' : 'inbox-msi';
  // The diagnoser lists the most likely cause first; the rest are often facts the
  // install itself changes (a feature still off), so the first one decides.
  const primary = ids[0];
  const retryable = last.timedOut || primary === undefined || DOWNLOAD_RETRYABLE.has(primary);
  if (!retryable) return 'stop';
  return current === 'install' ? 'install-web' : 'features-and-update';
}

/** `wsl --update` failing on the network retries once with --web-download; nothing else does. */
export function updateRetriesWithWeb(last: AttemptOutcome): boolean {
  if (last.ok) return false;
  const primary = last.findingIds[0];
  return last.timedOut || (primary !== undefined && DOWNLOAD_RETRYABLE.has(primary));
}
