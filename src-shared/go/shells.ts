import type { ScriptRecord } from './records';
import { versionFromGoVersionLine } from './version';

/** Where the installed go lives; every shell must resolve `go` to this. */
export const INSTALLED_GO = '/usr/local/go/bin/go';

export interface ShellCheck {
  readonly shell: string;
  readonly exitCode: number;
  /** What `command -v go` said; null when go was not found (GO_NOT_FOUND). */
  readonly goPath: string | null;
  readonly version: string | null;
  readonly goroot: string | null;
  readonly gobinOnPath: boolean;
  /** Exit code and last line of `go run` of the hello module, when asked for. */
  readonly hello: { readonly exitCode: number; readonly output: string } | null;
  readonly ok: boolean;
  /** Catalog ids explaining a failure. */
  readonly findings: string[];
}

export interface SudoFact {
  readonly securePath: string | null;
  readonly hasGo: boolean;
}

export function shellChecksFromRecords(records: readonly ScriptRecord[], expectedVersion: string | null): ShellCheck[] {
  const out: ShellCheck[] = [];
  for (const r of records) {
    if (r.kind !== 'shell') continue;
    const [shell = '', rc = '', path = '', versionLine = '', goroot = '', gobin = '', helloRc = '', helloOut = ''] = r.fields;
    const version = versionFromGoVersionLine(versionLine);
    const hello = helloRc === '' ? null : { exitCode: Number(helloRc), output: helloOut };
    const findings: string[] = [];
    if (!path) findings.push('GO_NOT_FOUND');
    else if (path !== INSTALLED_GO || (expectedVersion !== null && version !== expectedVersion)) findings.push('GO_WRONG_VERSION');
    if (path && goroot !== '/usr/local/go' && path === INSTALLED_GO) findings.push('GOROOT_INVALID');
    if (path && gobin !== 'yes') findings.push('GOBIN_NOT_IN_PATH');
    if (hello && hello.exitCode !== 0) findings.push('UNKNOWN');
    out.push({
      shell,
      exitCode: Number(rc),
      goPath: path || null,
      version,
      goroot: goroot || null,
      gobinOnPath: gobin === 'yes',
      hello,
      ok: findings.length === 0,
      findings,
    });
  }
  return out;
}

export function sudoFromRecords(records: readonly ScriptRecord[]): SudoFact | null {
  const r = records.find((x) => x.kind === 'sudo');
  if (!r) return null;
  const sp = r.fields[0] ?? 'unset';
  return { securePath: sp === 'unset' ? null : sp, hasGo: r.fields[1] === 'yes' };
}
