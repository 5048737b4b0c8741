/**
 * The new Linux user's password. It travels only on the create-user script's
 * stdin as one line (`IFS= read -r`), and from there to chpasswd through a
 * builtin printf, so it is never in any process's argv. What must be refused
 * is what would break that one-line framing (CR, LF, NUL) or cannot be encoded
 * (lone UTF-16 surrogates); everything else, quotes, `$()`, backticks, `;`,
 * PowerShell's `` ` `` and `$env:`, unicode, is just data and is allowed.
 */
export const PASSWORD_MAX = 256;

export type PasswordProblem = 'empty' | 'too-long' | 'control-char' | 'unencodable';
export type PasswordWarning = 'short' | 'same-as-username';

export interface PasswordCheck {
  readonly ok: boolean;
  readonly problem: PasswordProblem | null;
  readonly warnings: readonly PasswordWarning[];
}

// C0 controls and DEL: a pasted tab is the only one people meet, and it is still more likely a mistake.
const CONTROL_RE = /[\u0000-\u001f\u007f]/;
// String.prototype.isWellFormed is ES2024; this is the same test.
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function checkPassword(password: string, username?: string): PasswordCheck {
  const fail = (problem: PasswordProblem): PasswordCheck => ({ ok: false, problem, warnings: [] });
  if (password.length === 0) return fail('empty');
  if ([...password].length > PASSWORD_MAX) return fail('too-long');
  if (CONTROL_RE.test(password)) return fail('control-char');
  if (LONE_SURROGATE_RE.test(password)) return fail('unencodable');
  const warnings: PasswordWarning[] = [];
  if ([...password].length < 8) warnings.push('short');
  if (username !== undefined && password === username) warnings.push('same-as-username');
  return { ok: true, problem: null, warnings };
}
