import { isPersonalName } from './markers';

/**
 * Finding the user's and the computer's names in output, so that they can be
 * masked everywhere they appear, not only where a pattern shows them (a user
 * name in a home path also shows up alone in `ls -l` or a prompt).
 */
export interface Identifiers {
  users: Set<string>;
  hosts: Set<string>;
}

export function emptyIdentifiers(): Identifiers {
  return { users: new Set(), hosts: new Set() };
}

/** A profile folder name: stops at a separator, a quote or the end; spaces only inside a path that goes on. */
const PROFILE_SEGMENT = String.raw`((?:[^\\/\r\n"'<>|:*?]+?(?=\\{1,2}|/))|[^\s\\/"'<>|:*?,;)\]]+)`;
/** /home/NAME, C:\Users\NAME (also JSON-escaped C:\\Users\\NAME), /mnt/c/Users/NAME, \\wsl$\Distro\home\NAME. */
export const HOME_PATH = new RegExp(String.raw`((?:^|[\\/"'=\s(:])(?:home|Users|Documents and Settings)(?:\\{1,2}|/))` + PROFILE_SEGMENT, 'gim');
/** user@host in a shell prompt (`alice@DESKTOP-1:~$`) or an scp-style target (`alice@host:path`). */
const PROMPT = /(^|[\s[(])([a-z_][a-z0-9_.-]{0,31})@([A-Za-z0-9][A-Za-z0-9-]{0,62})(?=:[~/]|:\S*\$|\s*[$#]\s)/gm;
/** Variables and JSON fields that carry a user name. */
const USER_VAR = /\b(?:USER|LOGNAME|USERNAME|SUDO_USER|userName|UserName|user_name|owner)(["']?\s*[=:]\s*["']?)([^\s"',;}\\]{1,64})/g;
/** ... and ones that carry the computer's name. */
const HOST_VAR = /\b(?:HOSTNAME|COMPUTERNAME|USERDOMAIN|CSName|computerName|ComputerName|hostName|MachineName|WSL_DISTRO_HOST)(["']?\s*[=:]\s*["']?)([^\s"',;}\\]{1,64})/g;
/** git's user.name (may hold spaces: up to the end of the line). */
const GIT_NAME = /\buser\.name(?:\s*=\s*|\s+)([^\r\n]{1,100})/g;
/**
 * The SSH greetings name the account: GitHub "Hi octocat!" (a deploy key: "Hi owner/repo!"),
 * Gitee "Hi 张三(@zhang-san)!" (display name, then the login), GitLab "Welcome to GitLab, @login!".
 */
const SSH_HI = /\bHi ([^\r\n!(]{1,80}?)(?:\(@([A-Za-z0-9._-]{1,64})\))?! You've successfully authenticated/g;
const GITLAB_WELCOME = /\bWelcome to GitLab, @([A-Za-z0-9._-]{1,255})!/g;
/** Gitee greets a deploy key as "Hi Anonymous!": no one's name. */
const NOT_AN_ACCOUNT = new Set(['anonymous']);
/** /etc/hosts lines for the machine's own name (127.0.1.1 NAME). */
const ETC_HOSTS = /^127\.0\.1\.1[ \t]+([A-Za-z0-9.-]{1,253})/gm;
/** Windows' generated computer names. */
export const WINDOWS_DEFAULT_HOST = /\b(?:DESKTOP|LAPTOP|WIN|PC)-[A-Z0-9]{6,12}\b/g;
/** DOMAIN\user as whoami prints it. */
const WHOAMI = /^([A-Za-z0-9-]{1,15})\\([^\s\\/"'<>|:*?]{1,64})\s*$/gm;

/** Add one name (and, for "Alice Smith", its parts) if it is personal. */
export function addIdentifier(set: Set<string>, value: string | undefined): void {
  const v = value?.trim().replace(/^["']|["']$/g, '');
  if (!v || !isPersonalName(v)) return;
  set.add(v);
  // "Alice Smith" as a git name: each part may also appear alone.
  for (const part of v.split(/\s+/)) if (part !== v && part.length >= 3 && isPersonalName(part)) set.add(part);
}

/** Add every user and host name the text reveals to `into`. */
export function collectIdentifiers(text: string, into: Identifiers = emptyIdentifiers()): Identifiers {
  for (const m of text.matchAll(HOME_PATH)) addIdentifier(into.users, m[2]);
  for (const m of text.matchAll(PROMPT)) {
    addIdentifier(into.users, m[2]);
    addIdentifier(into.hosts, m[3]);
  }
  for (const m of text.matchAll(USER_VAR)) addIdentifier(into.users, m[2]);
  for (const m of text.matchAll(HOST_VAR)) addIdentifier(into.hosts, m[2]);
  for (const m of text.matchAll(GIT_NAME)) addIdentifier(into.users, m[1]);
  for (const m of text.matchAll(SSH_HI)) {
    // "owner/repo" from a deploy key: the owner is the account.
    const name = (m[1] ?? '').replace(/^([A-Za-z0-9-]{1,39})\/[A-Za-z0-9._-]+$/, '$1');
    if (!NOT_AN_ACCOUNT.has(name.toLowerCase())) addIdentifier(into.users, name);
    addIdentifier(into.users, m[2]);
  }
  for (const m of text.matchAll(GITLAB_WELCOME)) addIdentifier(into.users, m[1]);
  for (const m of text.matchAll(ETC_HOSTS)) addIdentifier(into.hosts, m[1]);
  for (const m of text.matchAll(WINDOWS_DEFAULT_HOST)) addIdentifier(into.hosts, m[0]);
  for (const m of text.matchAll(WHOAMI)) {
    addIdentifier(into.hosts, m[1]);
    addIdentifier(into.users, m[2]);
  }
  return into;
}
