/**
 * Linux user names, by the rules the distro itself enforces: Debian/Ubuntu's
 * adduser NAME_REGEX `^[a-z][-a-z0-9_]*$` (we drop the optional trailing `$`,
 * which marks Samba machine accounts) and useradd's 32-character limit. We
 * check here so the user learns at once, in their language, why a name is
 * refused, and again in the create-user script (defence in depth: the name
 * becomes an argument of useradd there).
 */
export const USERNAME_MAX = 32;
export const USERNAME_RE = /^[a-z][-a-z0-9_]*$/;

/** Accounts every Debian/Ubuntu/Fedora image already has, or names that would confuse (root). */
export const RESERVED_USERNAMES: ReadonlySet<string> = new Set([
  'root', 'daemon', 'bin', 'sys', 'sync', 'games', 'man', 'lp', 'mail', 'news', 'uucp', 'proxy', 'www-data',
  'backup', 'list', 'irc', 'gnats', 'nobody', 'nogroup', 'systemd-network', 'systemd-resolve', 'systemd-timesync',
  'systemd-journal', 'systemd-coredump', 'messagebus', 'syslog', 'uuidd', 'tcpdump', 'sshd', 'polkitd', 'adm',
  'sudo', 'wheel', 'admin', 'staff', 'users', 'dnsmasq', 'landscape', 'pollinate', 'tss', 'usbmux', 'lxd', 'fwupd-refresh',
]);

export type UsernameProblem = 'empty' | 'too-long' | 'uppercase' | 'bad-start' | 'bad-char' | 'reserved';

export type UsernameCheck = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly problem: UsernameProblem; readonly i18nKey: string; readonly suggestion: string | null };

export function checkUsername(input: string): UsernameCheck {
  const fail = (problem: UsernameProblem): UsernameCheck => ({ ok: false, problem, i18nKey: `distro.user.problem.${problem}`, suggestion: suggestUsername(input) });
  if (input.length === 0) return fail('empty');
  // Count code points, not UTF-16 units, so a long emoji string is "too long", not "bad char" only.
  if ([...input].length > USERNAME_MAX) return fail('too-long');
  if (USERNAME_RE.test(input)) return RESERVED_USERNAMES.has(input) ? fail('reserved') : { ok: true, name: input };
  if (/[A-Z]/.test(input) && USERNAME_RE.test(input.toLowerCase())) return fail('uppercase');
  if (!/^[a-z]/.test(input)) return fail('bad-start');
  return fail('bad-char');
}

export function isValidUsername(input: string): boolean {
  return checkUsername(input).ok;
}

/**
 * A valid name derived from what the user typed or from their Windows account
 * name ("John Smith" -> "johnsmith", "张伟" -> null: we do not transliterate).
 */
export function suggestUsername(input: string): string | null {
  const base = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[^a-z]+/, '')
    .slice(0, USERNAME_MAX);
  if (!base || !USERNAME_RE.test(base)) return null;
  return RESERVED_USERNAMES.has(base) ? (`${base}1`.length <= USERNAME_MAX ? `${base}1` : null) : base;
}
