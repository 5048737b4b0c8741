import { HOME_PATH, WINDOWS_DEFAULT_HOST, type Identifiers } from './identifiers';
import { MARK, isPersonalName } from './markers';

/**
 * Masking personal data: home paths, the user's and computer's names wherever
 * they appear, e-mail addresses, SSH public keys and their fingerprints, UNC
 * host names. Error codes, Wsl/... paths, versions and IP addresses are left
 * alone: they are what a support person needs and say nothing about who the
 * user is (private addresses like the WSL gateway are the same on every PC).
 */

const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;
/** Service addresses that identify no one (git@github.com in an SSH URL). */
const SERVICE_LOCALPART = new Set(['git', 'noreply', 'no-reply', 'support', 'security']);
const SSH_PUBLIC_KEY = /\b(ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)[ \t]+AAAA[A-Za-z0-9+/]+={0,3}(?:[ \t]+[^\r\n]*)?/g;
const FINGERPRINT = /\bSHA256:[A-Za-z0-9+/]{43}=?/g;
/** \\HOST\share (and the JSON-escaped \\\\HOST\\share), never the JSON-escaped C:\\Users or the folder after a mask (C:\\Users\\<user>\\AppData); WSL's own UNC roots are not hosts. */
const UNC_HOST = /(^|[^\\\w>])(?<!(?:^|[^A-Za-z0-9])[A-Za-z]:)(\\\\(?:\\\\)?)([A-Za-z0-9][A-Za-z0-9._-]{0,62})(?=\\)/g;
const NOT_A_HOST = new Set(['wsl$', 'wsl.localhost', 'localhost', '127.0.0.1', '?', '.']);
/** A user@ in a URL that the secret pass left (no password): the name is personal. */
const URL_USER = /([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)([^\s/?#'"<>@:]{1,128})@/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-name matcher: not part of a longer word, not inside a marker; case-insensitive (Windows names are). */
function nameMatcher(names: Iterable<string>): RegExp | null {
  const list = [...new Set([...names].filter(isPersonalName))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  // Word edges only where the name has a word character at that edge: Chinese runs names into
  // the text around them ("张三的电脑"), so a CJK name is matched wherever it stands.
  const one = (n: string) =>
    `${/^[A-Za-z0-9_]/.test(n) ? '(?<![\\p{L}\\p{N}_<])' : '(?<!<)'}${escapeRegExp(n)}${/[A-Za-z0-9_]$/.test(n) ? '(?![\\p{L}\\p{N}_>])' : '(?!>)'}`;
  return new RegExp(list.map(one).join('|'), 'giu');
}

export function redactPersonal(text: string, ids: Identifiers): string {
  let out = text;
  out = out.replace(SSH_PUBLIC_KEY, (_m, type: string) => `${type} ${MARK.sshKey}`);
  out = out.replace(FINGERPRINT, `SHA256:${MARK.fingerprint}`);
  out = out.replace(EMAIL, (m, local: string) => (SERVICE_LOCALPART.has(local.toLowerCase()) ? m : MARK.email));
  out = out.replace(URL_USER, (m, scheme: string, user: string) => (SERVICE_LOCALPART.has(user.toLowerCase()) || user.startsWith('<') ? m : `${scheme}${MARK.user}@`));
  out = out.replace(HOME_PATH, (m, prefix: string, name: string) => (isPersonalName(name) ? `${prefix}${MARK.user}` : m));
  out = out.replace(UNC_HOST, (m, lead: string, slashes: string, host: string) => (NOT_A_HOST.has(host.toLowerCase()) ? m : `${lead}${slashes}${MARK.host}`));
  out = out.replace(WINDOWS_DEFAULT_HOST, MARK.host);
  // Hosts before users: a computer named after its owner ("alice-pc") is masked whole.
  const hosts = nameMatcher(ids.hosts);
  if (hosts) out = out.replace(hosts, MARK.host);
  const users = nameMatcher(ids.users);
  if (users) out = out.replace(users, MARK.user);
  return out;
}
