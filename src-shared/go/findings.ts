import type { ScriptRecord } from './records';

/**
 * Old Go installs and leftovers, as data for the UI (go-detect.sh reports
 * them; nothing is removed without the user's yes, see go-clean.sh).
 */
export type FindingKind =
  | 'apt'
  | 'snap'
  | 'usr-local'
  | 'gvm'
  | 'goenv'
  | 'gopath'
  | 'windows-go'
  | 'goroot-export'
  | 'gvm-init'
  | 'goenv-init';

/** What go-clean.sh can remove (one kind covers the init lines of its tool). */
export type CleanKind = 'apt' | 'snap' | 'usr-local' | 'gvm' | 'goenv' | 'gopath' | 'goroot-exports';

export interface OldInstallFinding {
  readonly kind: FindingKind;
  readonly path: string;
  readonly version: string | null;
  readonly detail: string;
  /** The go-clean.sh kind that removes it; null when we cannot (a Windows go.exe) or it is ours. */
  readonly cleanKind: CleanKind | null;
  /** ~/go may hold the user's own code: removing it takes a second, explicit yes. */
  readonly needsExplicitConfirm: boolean;
  /** Catalog id explaining why it matters. */
  readonly catalogId: string;
  /** For init-file lines: the 1-based line number. */
  readonly line: number | null;
}

const KINDS: ReadonlySet<string> = new Set<FindingKind>([
  'apt', 'snap', 'usr-local', 'gvm', 'goenv', 'gopath', 'windows-go', 'goroot-export', 'gvm-init', 'goenv-init',
]);

const CLEAN: Record<FindingKind, CleanKind | null> = {
  apt: 'apt',
  snap: 'snap',
  'usr-local': 'usr-local',
  gvm: 'gvm',
  goenv: 'goenv',
  gopath: 'gopath',
  'windows-go': null,
  'goroot-export': 'goroot-exports',
  'gvm-init': 'gvm',
  'goenv-init': 'goenv',
};

const CATALOG: Record<FindingKind, string> = {
  apt: 'GO_WRONG_VERSION',
  snap: 'GO_WRONG_VERSION',
  'usr-local': 'GO_INSTALL_EXTRACT_OVER',
  gvm: 'GO_WRONG_VERSION',
  goenv: 'GO_WRONG_VERSION',
  gopath: 'GOBIN_NOT_IN_PATH',
  'windows-go': 'GO_WRONG_VERSION',
  'goroot-export': 'GOROOT_INVALID',
  'gvm-init': 'GO_WRONG_VERSION',
  'goenv-init': 'GO_WRONG_VERSION',
};

export function findingsFromRecords(records: readonly ScriptRecord[]): OldInstallFinding[] {
  const out: OldInstallFinding[] = [];
  for (const r of records) {
    if (r.kind !== 'finding') continue;
    const [kind = '', path = '', version = '', detail = ''] = r.fields;
    if (!KINDS.has(kind)) continue;
    const k = kind as FindingKind;
    const isLine = k === 'goroot-export' || k === 'gvm-init' || k === 'goenv-init';
    const lineMatch = isLine ? /^(\d+):/.exec(detail) : null;
    // Our own earlier install is replaced by the install itself, not "cleaned".
    const ours = k === 'usr-local' && detail === 'ours';
    out.push({
      kind: k,
      path,
      version: version || null,
      detail: lineMatch ? detail.slice(lineMatch[0].length) : detail,
      cleanKind: ours ? null : CLEAN[k],
      needsExplicitConfirm: k === 'gopath',
      catalogId: CATALOG[k],
      line: lineMatch ? Number(lineMatch[1]) : null,
    });
  }
  return out;
}

/** `uname -m` of the distro, from go-detect.sh's `arch` record. */
export function archFromRecords(records: readonly ScriptRecord[]): string | null {
  return records.find((r) => r.kind === 'arch')?.fields[0] ?? null;
}
