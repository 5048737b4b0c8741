import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../src-shared/contract';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DistroName, isDistroName, isLinuxUser, LINUX_USER_RE, LinuxUser, NewLinuxUser } from '../../../src-shared/names';

/**
 * One schema per kind of name, and every channel that carries a name uses it:
 * a string one schema refuses, no channel accepts.
 */
const HOSTILE = [
  '',
  '-d',
  '--unregister',
  '-',
  'a b',
  ' a',
  'a\tb',
  "a'b",
  'a"b',
  '$(reboot)',
  '`id`',
  'a;b',
  'a|b',
  'a\0b',
  'a\nb',
  'x'.repeat(65),
  'x'.repeat(100_000),
  'Übuntu',
  '乌班图',
  'ubuntu\u200b',
  '../etc',
  'a/b',
  'a\\b',
];

const goTarget = (name: string, user: string) => invokeChannels['go.detectOld'].request.safeParse({ distro: { name, user } }).success;
const netTarget = (distro: string, user: string) => invokeChannels['network.dnsCheck'].request.safeParse({ target: { distro, user } }).success;
const install = (name: string) => invokeChannels['distro.install'].request.safeParse({ name }).success;
const createUser = (username: string) => invokeChannels['distro.createUser'].request.safeParse({ distro: 'Ubuntu', username, password: 'pw' }).success;

describe('names: one schema per kind, hostile strings refused everywhere', () => {
  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 40), s]))('distro name %s is refused by the schema and by every channel', (_label, s) => {
    expect(DistroName.safeParse(s).success).toBe(false);
    expect(isDistroName(s)).toBe(false);
    expect(goTarget(s, 'tester')).toBe(false);
    expect(netTarget(s, 'tester')).toBe(false);
    expect(install(s)).toBe(false);
  });

  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 40), s]))('user name %s is refused by the schema and by every channel', (_label, s) => {
    expect(LinuxUser.safeParse(s).success).toBe(false);
    expect(isLinuxUser(s)).toBe(false);
    expect(goTarget('Ubuntu', s)).toBe(false);
    expect(netTarget('Ubuntu', s)).toBe(false);
    expect(createUser(s)).toBe(false);
  });

  it('accepts the names real machines have', () => {
    for (const d of ['Ubuntu', 'Ubuntu-24.04', 'Debian', 'openSUSE-Tumbleweed', 'kali-linux', 'Ubuntu_22.04', '0ubuntu', 'x'.repeat(64)]) {
      expect(DistroName.safeParse(d).success, d).toBe(true);
      expect(goTarget(d, 'tester') && netTarget(d, 'tester') && install(d), d).toBe(true);
    }
    for (const u of ['tester', 'li_wei', 'dev-1', '_svc', 'a'.repeat(32)]) {
      expect(LinuxUser.safeParse(u).success, u).toBe(true);
      expect(goTarget('Ubuntu', u) && netTarget('Ubuntu', u), u).toBe(true);
    }
  });

  it('a new user follows the stricter adduser rules on top of the same schema', () => {
    expect(NewLinuxUser.safeParse('tester').success).toBe(true);
    // An existing account may start with _ ; a new one may not, and system names are refused.
    expect(LinuxUser.safeParse('_svc').success).toBe(true);
    expect(NewLinuxUser.safeParse('_svc').success).toBe(false);
    expect(NewLinuxUser.safeParse('root').success).toBe(false);
  });

  it('the go, network and distro channels agree on every string (property)', () => {
    const alphabet = fc.constantFrom(...'aZ09._- $\'"`;|\\/\0\n-Ü乌'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 70 }), (s) => {
        const schema = DistroName.safeParse(s).success;
        expect(goTarget(s, 'tester')).toBe(schema);
        expect(netTarget(s, 'tester')).toBe(schema);
        expect(install(s)).toBe(schema);
        if (schema) expect(s.startsWith('-')).toBe(false);
        const user = LinuxUser.safeParse(s).success;
        expect(goTarget('Ubuntu', s)).toBe(user);
        expect(netTarget('Ubuntu', s)).toBe(user);
        if (user) expect(s.startsWith('-')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('the distro scripts check user names with the same pattern', () => {
    const pattern = LINUX_USER_RE.source;
    for (const script of ['net-ssh.sh', 'lib-go.sh', 'go-verify.sh']) {
      const text = readFileSync(join(__dirname, '../../../src-main/distro-scripts', script), 'utf8');
      const used = [...text.matchAll(/=~ (\^\[a-z_\][^ \]]*\][^ ]*\$)/g)].map((m) => m[1]);
      expect(used.length, script).toBeGreaterThan(0);
      for (const u of used) expect(u, script).toBe(pattern);
    }
  });
});
