/**
 * What each distro script's exit codes mean, as its own header says. The
 * runner hands the meaning back with the code (a code not listed here is
 * 'other'); the service that ran the script decides which meanings are
 * errors. The keys are also the list of scripts a service may run.
 */
// gws_fail exits 1 after an `error` record; 2: the shared library did not come first in the payload.
const GO = { 0: 'ok', 1: 'failed', 2: 'no-lib' } as const;
// fail() and ERROR lines exit 1, argument checks exit 2.
const NET = { 0: 'ok', 1: 'failed', 2: 'usage' } as const;

export const SCRIPT_EXITS = {
  'distro-create-user.sh': {
    0: 'created',
    2: 'invalid-username',
    3: 'exists',
    4: 'invalid-password',
    5: 'tools-missing',
    6: 'useradd-failed',
    7: 'chpasswd-failed',
    8: 'sandbox-unsupported',
  },
  'distro-wslconf-read.sh': { 0: 'ok' },
  'distro-wslconf-write.sh': { 0: 'done', 20: 'conflict', 21: 'corrupt', 22: 'usage' },
  'editor-go-extension.sh': GO,
  'editor-hello.sh': GO,
  'editor-tools.sh': GO,
  'editor-undo.sh': GO,
  'go-detect.sh': GO,
  'go-clean.sh': GO,
  'go-install.sh': GO,
  'go-path.sh': GO,
  'go-verify.sh': GO,
  'go-uninstall.sh': GO,
  'net-ca-import.sh': NET,
  'net-ca-remove.sh': NET,
  'net-dns.sh': NET,
  'net-facts.sh': NET,
  // install passes apt-get's own exit code through: that is 'other'.
  'net-git.sh': NET,
  // passes `go env -w`'s exit code through.
  'net-goproxy-apply.sh': NET,
  'net-goproxy-probe.sh': NET,
  'net-goproxy-undo.sh': NET,
  'net-prove.sh': NET,
  'net-proxy-apply.sh': NET,
  'net-proxy-test.sh': NET,
  'net-ssh.sh': NET,
  'net-tls.sh': NET,
} as const satisfies Record<string, Readonly<Record<number, string>>>;

export type DistroScriptName = keyof typeof SCRIPT_EXITS;

type Table<S extends DistroScriptName> = (typeof SCRIPT_EXITS)[S];

/** The typed meaning of one script's exit code. */
export type ExitMeaning<S extends DistroScriptName> = Table<S>[keyof Table<S>] | 'other';

export function exitMeaning<S extends DistroScriptName>(script: S, code: number): ExitMeaning<S> {
  const table: Readonly<Record<number, string>> = SCRIPT_EXITS[script];
  return (table[code] ?? 'other') as ExitMeaning<S>;
}
