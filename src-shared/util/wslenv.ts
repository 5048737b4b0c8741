/**
 * WSLENV: the colon-separated list of `NAME/flags` entries naming the Windows
 * variables that cross into WSL (flags p, l, u, w; MicrosoftDocs/WSL
 * WSL/filesystems.md). Users and their tools keep their own entries there
 * (GOPATH/l, USERPROFILE/pu ...), so the wizard only ever adds to it.
 */

/** The entries of a WSLENV value, empty segments (`a::b`, a trailing `:`) dropped. */
export function wslEnvEntries(value: string | undefined | null): string[] {
  return (value ?? '').split(':').filter((e) => e.length > 0);
}

const entryName = (entry: string): string => entry.split('/')[0] ?? entry;

/**
 * `existing` with `ours` appended. The user's entries keep their order and
 * flags; an entry of ours replaces one of the same name (names are case
 * sensitive, as WSL reads them), so nothing is listed twice.
 */
export function appendWslEnv(existing: string | undefined | null, ours: readonly string[]): string {
  const names = new Set(ours.map(entryName));
  const kept = wslEnvEntries(existing).filter((e) => !names.has(entryName(e)));
  return [...kept, ...ours].join(':');
}
