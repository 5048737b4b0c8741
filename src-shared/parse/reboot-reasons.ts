/**
 * The facts script's names for why Windows waits for a restart. Only Component
 * Based Servicing (RebootPending) and Windows Update (RebootRequired) mean a
 * restart that installing WSL depends on. PendingFileRenameOperations is
 * refilled all the time by antivirus, browsers and printer drivers and often
 * survives a restart (chocolatey/choco#1768): information, never a demand.
 */
export const BLOCKING_REBOOT_REASONS = ['CBS', 'WindowsUpdate'] as const;
export const FILE_RENAME_REASON = 'PendingFileRename';

export function blockingRebootReasons(reasons: readonly string[]): string[] {
  return reasons.filter((r) => (BLOCKING_REBOOT_REASONS as readonly string[]).includes(r));
}
