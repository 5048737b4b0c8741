/**
 * git and SSH inputs and outputs. The values become arguments of
 * `git config` / `ssh-keygen`, never script text, but we still refuse what no
 * honest name or address contains, so the config file stays readable.
 */

// Control characters (incl. newline, which would start a new config line) are never part of a name.
const CONTROL = /[\u0000-\u001f\u007f]/;

export function validGitName(s: string): boolean {
  return s.trim().length > 0 && s.length <= 100 && !CONTROL.test(s) && s === s.trim();
}

export function validEmail(s: string): boolean {
  return s.length <= 254 && /^[A-Za-z0-9.!#%&'*+/=?^_{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/.test(s);
}

/** `url.<base>.insteadOf <prefix>`: both an https URL prefix or an scp-like `git@host:`. */
export function validUrlPrefix(s: string): boolean {
  return (
    s.length <= 200 &&
    (/^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/([A-Za-z0-9._~/-]*)$/.test(s) ||
      /^ssh:\/\/git@[A-Za-z0-9.-]+(:\d{1,5})?\/([A-Za-z0-9._~/-]*)$/.test(s) ||
      /^git@[A-Za-z0-9.-]+:([A-Za-z0-9._~/-]*)$/.test(s))
  );
}

export type SshTestStatus = 'authenticated' | 'denied' | 'refused' | 'timeout' | 'dns' | 'host-key' | 'unknown';

/** `ssh -T git@github.com` output. GitHub exits 1 even on success, so the text decides. */
export function parseSshTest(text: string): { status: SshTestStatus; account: string | null } {
  const hi = /Hi ([A-Za-z0-9-]{1,39})(?:\/[A-Za-z0-9._-]+)?! You've successfully authenticated/.exec(text);
  if (hi) return { status: 'authenticated', account: hi[1] ?? null };
  if (/Permission denied \(publickey/.test(text)) return { status: 'denied', account: null };
  if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/.test(text)) return { status: 'host-key', account: null };
  if (/Connection refused|Connection reset|Connection closed by/.test(text)) return { status: 'refused', account: null };
  if (/timed out|Operation timed out/.test(text)) return { status: 'timeout', account: null };
  if (/Could not resolve hostname|Name or service not known|Temporary failure in name resolution/.test(text)) return { status: 'dns', account: null };
  return { status: 'unknown', account: null };
}

/** The catalog ID for an SSH test that did not authenticate. */
export function sshFinding(status: SshTestStatus): string | null {
  switch (status) {
    case 'authenticated':
      return null;
    case 'denied':
    case 'host-key':
      return 'GIT_AUTH';
    case 'refused':
      return 'CONN_REFUSED_REMOTE';
    case 'timeout':
      return 'NET_TIMEOUT';
    case 'dns':
      return 'DNS_FAILURE';
    default:
      return 'UNKNOWN';
  }
}

/** `ssh-keygen` comment: an email or short label, no spaces that would split the public key line oddly. */
export function validKeyComment(s: string): boolean {
  return s.length <= 100 && /^[A-Za-z0-9._@+-]*$/.test(s);
}
