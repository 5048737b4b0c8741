import { MARK } from './markers';

/**
 * Secrets are always removed, whatever the user chose for personal data:
 * private keys, credentials in URLs and headers, access tokens, values of
 * password/token settings, and any value the session knows to be secret.
 * Every pattern is linear (no nested quantifiers over the same characters),
 * so hostile input cannot make it slow.
 */

/** PEM and OpenSSH private keys, including a key cut off before its END line. */
const PRIVATE_KEY = /-----BEGIN ([A-Z0-9 ]{0,40})PRIVATE KEY-----(?:[\s\S]*?-----END \1PRIVATE KEY-----|[\s\S]*$)/g;
/** PuTTY .ppk private lines. */
const PUTTY_PRIVATE = /(Private-Lines:\s*\d+\r?\n)(?:[A-Za-z0-9+/=]+\r?\n?)+/g;

/** scheme://userinfo@  (up to the last @ before the path: raw '@', '#' and '?' in typed passwords happen). */
const URL_USERINFO = /([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)([^\s/'"<>@]*(?:@[^\s/'"<>@]*)*)@(?=[^\s/?#'"<>@]*(?:[\s/?#'"<>]|$))/g;
/** user:password@host[:port] without a scheme (how proxies are often written in variables). */
const BARE_USERINFO = /(^|[\s='"(,])([^\s:@/'"=(),<>]{1,128}):([^\s@/'"<>]{1,256})@(?=[A-Za-z0-9[])/g;
/** Authorization / Proxy-Authorization headers, any scheme. */
const AUTH_HEADER = /\b((?:proxy-)?authorization)(\s*[:=]\s*)(?:(basic|bearer|digest|negotiate|ntlm|token|aws4-hmac-sha256)\s+)?[^\r\n]*/gi;
/** curl/wget style credentials on a command line. */
const CLI_CREDENTIALS = /(--(?:proxy-)?user(?:=|\s+)|--(?:proxy-)?password(?:=|\s+)|(?:^|\s)-u\s+)("[^"\r\n]*"|'[^'\r\n]*'|\S+)/g;
/** KEY=value / "key": value where the key says it holds a secret. */
const SECRET_SETTING =
  /(["']?)\b([A-Za-z0-9_.-]{0,40}(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret)[A-Za-z0-9_.-]{0,40})\1([ \t]*[=:][ \t]*)("[^"\r\n]*"|'[^'\r\n]*'|[^\s"',;}]+)/gi;

/** Access tokens by their documented prefixes. */
const TOKENS: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{30,255}\b/g, // GitHub classic tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, // GitHub fine-grained tokens
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g, // GitLab
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, // Slack
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, // AWS access key ids
  /\bnpm_[A-Za-z0-9]{36}\b/g, // npm
  /\bsk-[A-Za-z0-9_-]{20,}\b/g, // API keys in the sk- style
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms a known secret can take in output: as typed, URL-encoded, and percent-encoded in the strict way. */
function secretForms(secret: string): string[] {
  const forms = new Set([secret]);
  try {
    forms.add(encodeURIComponent(secret));
    forms.add(encodeURIComponent(secret).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  } catch {
    // A lone surrogate cannot be URL-encoded; the raw form is still removed.
  }
  return [...forms].filter((f) => f.length > 0);
}

export function redactSecrets(text: string, knownSecrets: readonly string[] = []): string {
  const plain = redactPlainSecrets(text, knownSecrets);
  return plain.replace(TEXT_RUN, (run) => redactEncodedRun(run, knownSecrets));
}

/** A run of text without spaces or quotes: where a percent-encoded URL (a query value, a fragment) lives. */
const TEXT_RUN = /[^\s'"<>]+/g;
const PERCENT_BYTES = /(?:%[0-9A-Fa-f]{2})+/g;
/** Encoded once (a URL in a query string) or twice (a redirect of a redirect), and a margin. */
const MAX_DECODES = 4;

/** One level of percent-decoding; a sequence that is not UTF-8 is left as it is. */
function percentDecode(s: string): string {
  return s.replace(PERCENT_BYTES, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });
}

/**
 * `http%3A%2F%2Fuser%3Apass%40proxy` carries the same credentials as the plain
 * URL: the run is decoded one level at a time (as often as it was encoded) and
 * each level is looked at with the same rules before the next decode. Each
 * level, not only the last: a password that itself holds `%3C` turns into `<`
 * when decoded too far, and a URL with `<` in it no longer looks like a URL.
 * If a level shows a secret, the run is written out decoded and redacted
 * (readable for support, and redacting it again changes nothing); otherwise
 * it stays exactly as it was.
 */
function redactEncodedRun(run: string, knownSecrets: readonly string[]): string {
  if (!run.includes('%')) return run;
  let level = run;
  let found = false;
  for (let i = 0; i < MAX_DECODES; i++) {
    const next = percentDecode(level);
    if (next === level) break;
    const redacted = redactPlainSecrets(next, knownSecrets);
    found ||= redacted !== next;
    level = redacted;
  }
  return found ? level : run;
}

function redactPlainSecrets(text: string, knownSecrets: readonly string[]): string {
  let out = text;
  // Known values first, longest first, so a password inside a longer URL is gone before patterns look at it.
  const known = [...new Set(knownSecrets.filter((s) => s.length >= 3))].sort((a, b) => b.length - a.length);
  for (const secret of known) {
    for (const form of secretForms(secret)) out = out.replace(new RegExp(escapeRegExp(form), 'g'), MARK.secret);
  }
  out = out.replace(PRIVATE_KEY, MARK.privateKey);
  out = out.replace(PUTTY_PRIVATE, `$1${MARK.privateKey}\n`);
  out = out.replace(AUTH_HEADER, (_m, name: string, sep: string, scheme: string | undefined) => `${name}${sep}${scheme ? `${scheme} ` : ''}${MARK.secret}`);
  out = out.replace(URL_USERINFO, (_m, scheme: string, info: string) => `${scheme}${userinfoMark(info)}@`);
  out = out.replace(BARE_USERINFO, (m, lead: string, user: string) => (user.includes('<') ? m : `${lead}${MARK.secret}@`));
  out = out.replace(CLI_CREDENTIALS, (_m, flag: string) => `${flag}${MARK.secret}`);
  out = out.replace(SECRET_SETTING, (m, q: string, key: string, sep: string, value: string) => {
    // `passwd: password updated successfully` is the passwd tool talking, not a setting.
    if (key.toLowerCase() === 'passwd' && sep.includes(':')) return m;
    if (value.startsWith('<') && value.endsWith('>')) return m;
    return `${q}${key}${q}${sep}${value.startsWith('"') ? `"${MARK.secret}"` : value.startsWith("'") ? `'${MARK.secret}'` : MARK.secret}`;
  });
  for (const re of TOKENS) out = out.replace(re, MARK.token);
  return out;
}

/**
 * Credentials in a URL: `user:password` is a secret; a user name alone is
 * personal (masked with the personal data), except service accounts like
 * `git@` that say nothing about the user.
 */
function userinfoMark(info: string): string {
  if (info === MARK.secret) return info;
  if (!info.includes(':')) return info;
  return MARK.secret;
}
