/**
 * Go release versions as the release list writes them: go1.22.0, go1.21rc2,
 * go1.9.2rc2, go1.20 (a .0 release before Go 1.21 had no patch number).
 */
export interface GoVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** null for a release; beta/rc with its number otherwise. */
  readonly pre: { readonly kind: 'beta' | 'rc'; readonly n: number } | null;
}

const VERSION_RE = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/;

export function parseGoVersion(text: string): GoVersion | null {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return null;
  const pre = m[4] ? { kind: m[4] as 'beta' | 'rc', n: Number(m[5]) } : null;
  return { major: Number(m[1]), minor: Number(m[2] ?? 0), patch: Number(m[3] ?? 0), pre };
}

const PRE_RANK = { beta: 0, rc: 1 } as const;

/** Negative when a is older than b. Unparseable versions sort first (oldest). */
export function compareGoVersions(a: string, b: string): number {
  const va = parseGoVersion(a);
  const vb = parseGoVersion(b);
  if (!va || !vb) return (va ? 1 : 0) - (vb ? 1 : 0);
  for (const k of ['major', 'minor', 'patch'] as const) {
    if (va[k] !== vb[k]) return va[k] - vb[k];
  }
  // A release is newer than any beta/rc of the same number.
  if (!va.pre || !vb.pre) return (va.pre ? -1 : 0) - (vb.pre ? -1 : 0);
  if (va.pre.kind !== vb.pre.kind) return PRE_RANK[va.pre.kind] - PRE_RANK[vb.pre.kind];
  return va.pre.n - vb.pre.n;
}

/** The "go version" line a Go binary prints: `go version go1.22.0 linux/amd64` -> go1.22.0. */
export function versionFromGoVersionLine(line: string): string | null {
  const m = /\bgo version (go[0-9][0-9A-Za-z.]*)/.exec(line);
  return m?.[1] ?? null;
}
