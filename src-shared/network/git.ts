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

/**
 * The git hosts the SSH test can sign in to. Gitee is where many users in
 * mainland China keep their code; GitHub and GitLab offer SSH on port 443 too
 * for networks that block 22 (Gitee documents no such route).
 */
export const SSH_SERVICES = {
  github: { name: 'GitHub', host: 'github.com', port: 22, fallback: { host: 'ssh.github.com', port: 443 }, https: 'https://github.com/' },
  gitee: { name: 'Gitee', host: 'gitee.com', port: 22, fallback: null, https: 'https://gitee.com/' },
  gitlab: { name: 'GitLab', host: 'gitlab.com', port: 22, fallback: { host: 'altssh.gitlab.com', port: 443 }, https: 'https://gitlab.com/' },
} as const satisfies Record<string, { name: string; host: string; port: number; fallback: { host: string; port: number } | null; https: string }>;
export type SshService = keyof typeof SSH_SERVICES;
export const SSH_SERVICE_IDS = Object.keys(SSH_SERVICES) as [SshService, ...SshService[]];

/**
 * The greetings of a successful `ssh -T`, with the account they name:
 *   GitHub: "Hi octocat! You've successfully authenticated, but GitHub does not provide shell access."
 *     (a deploy key: "Hi owner/repo! ...")
 *   Gitee:  "Hi USERNAME! You've successfully authenticated, but GITEE.COM does not provide shell access."
 *     (the display name may be Chinese with the login after it: "Hi 张三(@zhang-san)! ..."; a deploy key: "Hi Anonymous!")
 *   GitLab: "Welcome to GitLab, @username!"
 * All three exit non-zero even on success, so the text decides.
 */
const HI = /Hi ([^\r\n!]{1,80})! You've successfully authenticated/;
const HANDLE_IN_NAME = /\(@([A-Za-z0-9._-]{1,64})\)$/;
const GITLAB_WELCOME = /Welcome to GitLab, @([A-Za-z0-9._-]{1,255})!/;

function accountOf(hi: string): string {
  const name = hi.trim();
  // Gitee's "张三(@zhang-san)": the login is the part that identifies the account.
  return HANDLE_IN_NAME.exec(name)?.[1] ?? name.replace(/\/[A-Za-z0-9._-]+$/, '');
}

/** What an `ssh -T git@HOST` printed means. */
export function parseSshTest(text: string): { status: SshTestStatus; account: string | null } {
  const hi = HI.exec(text);
  if (hi) return { status: 'authenticated', account: accountOf(hi[1] ?? '') || null };
  const welcome = GITLAB_WELCOME.exec(text);
  if (welcome) return { status: 'authenticated', account: welcome[1] ?? null };
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
      return 'GIT_AUTH';
    // A changed host key is not a login problem: GIT_AUTH's fix (add a key) would lead past a possible
    // interception. No catalog ID fits; the verdict explains it on its own.
    case 'host-key':
      return null;
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
