/**
 * What a redacted value is replaced with. Plain ASCII in angle brackets, so a
 * reader sees at once that something was removed and what kind of thing it
 * was, and so the patterns never match their own markers (redacting twice
 * changes nothing).
 */
export const MARK = {
  user: '<user>',
  host: '<host>',
  email: '<email>',
  secret: '<secret>',
  token: '<token>',
  privateKey: '<private-key>',
  sshKey: '<ssh-key>',
  fingerprint: '<fingerprint>',
} as const;
export type MarkKind = keyof typeof MARK;

/** Names that are not personal even where a personal name would stand (system accounts, profile folders). */
export const NOT_PERSONAL = new Set(
  [
    'root', 'user', 'users', 'admin', 'administrator', 'public', 'default', 'default user', 'all users', 'defaultuser0',
    'system', 'guest', 'nobody', 'localhost', 'home', 'wsl', 'wsl$', 'wsl.localhost', 'git', 'host', 'email', 'secret',
    'token', 'ubuntu', 'debian', 'go', 'test', 'shared', 'appdata', 'desktop', 'documents', 'downloads',
  ].map((s) => s.toLowerCase()),
);

/** A personal name worth masking everywhere it appears: not a system word, not a marker, long enough to be specific. */
export function isPersonalName(name: string): boolean {
  const n = name.trim();
  if (n.length === 0 || n.includes('<') || n.includes('>')) return false;
  if (NOT_PERSONAL.has(n.toLowerCase())) return false;
  // One ASCII letter would mask every "a" in the text; a single CJK character is already a name.
  return /[^\x00-\x7f]/.test(n) || n.length >= 2;
}
