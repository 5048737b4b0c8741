import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, checkUsername, suggestUsername, USERNAME_RE } from '../../../src-shared/distro';

/** Hostile strings: shell and PowerShell metacharacters, unicode tricks, very long input. */
const HOSTILE = [
  '$(reboot)', '`id`', 'a;rm -rf /', 'a&&b', 'a|b', 'a>b', '../etc', '-rf', '--help', 'a b', "a'b", 'a"b',
  '$env:USERPROFILE', '@(1)', 'a`nb', '${IFS}', '\u0000root', 'root\n', 'gopher\r\nroot', 'ｒｏｏｔ', 'rооt' /* Cyrillic o */,
  'gopher\u200b', '\u202egopher', 'é', '用户', '😀', 'a'.repeat(33), 'a'.repeat(100_000),
];

describe('checkUsername', () => {
  it.each([
    ['gopher', true],
    ['go-pher_1', true],
    ['a', true],
    ['a'.repeat(32), true],
    ['root', false],
    ['Gopher', false],
    ['1gopher', false],
    ['_gopher', false],
    ['', false],
    ['gopher$', false],
  ])('%s -> ok=%s', (name, ok) => {
    expect(checkUsername(name).ok).toBe(ok);
  });

  it.each(HOSTILE)('refuses hostile input %j with a reason key', (name) => {
    const r = checkUsername(name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.i18nKey).toMatch(/^distro\.user\.problem\.(empty|too-long|uppercase|bad-start|bad-char|reserved)$/);
  });

  it('says "uppercase" (with a suggestion) when only case is wrong', () => {
    expect(checkUsername('Gopher')).toMatchObject({ ok: false, problem: 'uppercase', suggestion: 'gopher' });
  });

  it('property: anything accepted matches the Debian adduser rule and is at most 32 ASCII characters', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.stringMatching(/^[a-z_][-a-z0-9_$]{0,40}$/), fc.constantFrom(...HOSTILE)), (s) => {
        runs++;
        const r = checkUsername(s);
        if (r.ok) {
          expect(USERNAME_RE.test(s)).toBe(true);
          expect(s.length).toBeLessThanOrEqual(32);
          expect(/^[\x21-\x7e]+$/.test(s)).toBe(true);
        } else if (r.suggestion !== null) {
          expect(checkUsername(r.suggestion).ok).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(runs).toBe(3000);
  });

  it('suggests a name from a Windows account name, and nothing it cannot derive', () => {
    expect(suggestUsername('John Smith')).toBe('johnsmith');
    expect(suggestUsername('José')).toBe('jose');
    expect(suggestUsername('张伟')).toBeNull();
    expect(suggestUsername('root')).toBe('root1');
  });
});

describe('checkPassword', () => {
  it.each(['$(reboot)', '`id`', "'; DROP TABLE users; --", '$env:PATH', 'a`nb', 'p@ss word', '密码密码密码', '😀😀😀😀😀😀😀😀', 'x:y:z', '\\\\server\\share', '%USERPROFILE%'])(
    'accepts %j as plain data',
    (pw) => {
      expect(checkPassword(pw).ok).toBe(true);
    },
  );

  it.each([
    ['', 'empty'],
    ['line1\nline2', 'control-char'],
    ['carriage\rreturn', 'control-char'],
    ['nul\u0000byte', 'control-char'],
    ['tab\there', 'control-char'],
    ['x'.repeat(257), 'too-long'],
    ['x'.repeat(100_000), 'too-long'],
    ['broken\uD800', 'unencodable'],
  ])('refuses %j (%s)', (pw, problem) => {
    expect(checkPassword(pw)).toMatchObject({ ok: false, problem });
  });

  it('warns about short passwords and a password equal to the user name, without refusing', () => {
    expect(checkPassword('abc', 'abc')).toEqual({ ok: true, problem: null, warnings: ['short', 'same-as-username'] });
  });

  it('property: an accepted password is exactly one line of well-formed text (safe for `read -r` + chpasswd)', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (pw) => {
        runs++;
        if (!checkPassword(pw).ok) return;
        expect(/[\r\n\u0000]/.test(pw)).toBe(false);
        expect(new TextDecoder().decode(new TextEncoder().encode(pw))).toBe(pw);
      }),
      { numRuns: 3000 },
    );
    expect(runs).toBe(3000);
  });
});
