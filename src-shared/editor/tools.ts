/**
 * The Go tools the editor needs (gopls, dlv, staticcheck), pinned to versions
 * that build with the Go installed in the distro. `@latest` is not used: the
 * newest gopls/dlv/staticcheck often need a newer Go than the user has, and
 * then `go install` fails with "requires go >= ..." (or, with GOTOOLCHAIN,
 * starts downloading another toolchain through the same slow network).
 *
 * Sources for the pins:
 * - gopls and dlv up to go1.20: golang/vscode-go docs/compatibility.md (the
 *   "last version compatible" table: go1.19 -> gopls v0.15.3, dlv v1.21.2;
 *   go1.20 -> gopls v0.15.3, dlv v1.22.1; go1.18 -> gopls v0.14.2, dlv v1.20.0).
 * - gopls for newer Go: golang/tools gopls/README.md "Supported Go versions".
 * - dlv: go-delve/delve pkg/goversion/compat.go (each release supports the
 *   three newest Go minors at its time).
 * - staticcheck: each release's notes state the Go it needs to build
 *   (2023.1 = v0.4.x: Go 1.19; 2024.1 = v0.5.x: Go 1.22; 2025.1 = v0.6.x: Go 1.23).
 */

export type ToolName = 'gopls' | 'dlv' | 'staticcheck';

export interface PinnedTool {
  readonly name: ToolName;
  /** The package path `go install` takes (the main package, not always the module root). */
  readonly pkg: string;
  readonly version: string;
}

export const TOOL_PACKAGES: Readonly<Record<ToolName, string>> = {
  gopls: 'golang.org/x/tools/gopls',
  dlv: 'github.com/go-delve/delve/cmd/dlv',
  staticcheck: 'honnef.co/go/tools/cmd/staticcheck',
};

interface PinRow {
  /** Lowest Go minor (1.N) this row applies to. */
  readonly fromMinor: number;
  readonly gopls: string;
  readonly dlv: string;
  readonly staticcheck: string;
}

/** Highest first; the first row whose fromMinor <= the installed minor wins. */
const PINS: readonly PinRow[] = [
  { fromMinor: 23, gopls: 'v0.17.1', dlv: 'v1.24.0', staticcheck: 'v0.6.0' },
  { fromMinor: 22, gopls: 'v0.16.2', dlv: 'v1.23.1', staticcheck: 'v0.5.1' },
  { fromMinor: 21, gopls: 'v0.16.2', dlv: 'v1.23.1', staticcheck: 'v0.4.7' },
  { fromMinor: 20, gopls: 'v0.15.3', dlv: 'v1.22.1', staticcheck: 'v0.4.7' },
  { fromMinor: 19, gopls: 'v0.15.3', dlv: 'v1.21.2', staticcheck: 'v0.4.7' },
  { fromMinor: 18, gopls: 'v0.14.2', dlv: 'v1.20.0', staticcheck: 'v0.3.3' },
];

/** The Go minor of a version text like `go1.22.3` or `go1.21rc2`; null when it is not one. */
export function goMinor(goVersion: string): number | null {
  const m = /^go1\.(\d+)(?:[.a-z]|$)/.exec(goVersion);
  return m ? Number(m[1]) : null;
}

/** The pinned tools for a Go version, or null when that Go is too old for any pin (older than go1.18). */
export function pinnedTools(goVersion: string): PinnedTool[] | null {
  const minor = goMinor(goVersion);
  if (minor === null) return null;
  const row = PINS.find((r) => r.fromMinor <= minor);
  if (!row) return null;
  return (['gopls', 'dlv', 'staticcheck'] as const).map((name) => ({ name, pkg: TOOL_PACKAGES[name], version: row[name] }));
}
