/** `CHANGE <written|unchanged|removed> <file> <backup or ->` lines from the file-editing scripts. */
export function parseFileChanges(stdout: string): { path: string; backup: string | null; action: 'written' | 'unchanged' | 'removed' }[] {
  const out: { path: string; backup: string | null; action: 'written' | 'unchanged' | 'removed' }[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^CHANGE (written|unchanged|removed) (\S+) (\S+)$/.exec(line);
    if (m) out.push({ action: m[1] as 'written' | 'unchanged' | 'removed', path: m[2] ?? '', backup: m[3] === '-' ? null : (m[3] ?? null) });
  }
  return out;
}
