import { addIdentifier, collectIdentifiers, emptyIdentifiers, type Identifiers } from './identifiers';
import { decodeEscapedLines, maskThroughEscapes } from './json-escapes';
import { redactPersonal } from './personal';
import { redactSecrets } from './secrets';

export interface RedactOptions {
  /** Mask personal data (names, home paths, e-mail, SSH keys). Secrets are removed either way. */
  personal: boolean;
  /** Names the session knows are personal (the Windows and Linux user, the computer's name). */
  users?: readonly string[];
  hosts?: readonly string[];
  /** Values the session knows are secret (a proxy password it was given). */
  secrets?: readonly string[];
}

export type Redactor = (text: string) => string;

/**
 * One redactor for a whole report: it first learns every user and host name
 * any of the texts reveals (a name seen in a home path in one output is
 * masked in all of them), then removes secrets and, by default, personal data.
 * Idempotent: redacting its own output changes nothing.
 */
export function createRedactor(options: RedactOptions, corpus: Iterable<string> = []): Redactor {
  const secrets = options.secrets ?? [];
  const ids: Identifiers = emptyIdentifiers();
  if (options.personal) {
    for (const u of options.users ?? []) addIdentifier(ids.users, u);
    for (const h of options.hosts ?? []) addIdentifier(ids.hosts, h);
    // Learn from text whose secrets are already gone, so a password never becomes a "name".
    for (const text of corpus) collectIdentifiers(decodeEscapedLines(redactSecrets(text, secrets)), ids);
  }
  return (text: string) => {
    const clean = redactSecrets(text, secrets);
    return options.personal ? maskThroughEscapes(clean, (line) => redactPersonal(line, ids)) : clean;
  };
}

/** Every string in a JSON-like value, for building the corpus. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** The same value with every string redacted (keys are ours and left as they are). */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T;
  }
  return value;
}
