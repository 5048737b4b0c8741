import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One list of test prerequisites (scripts/test-prereqs.txt): `.ci/run` and
 * `npm test` (pretest) both install from it through scripts/test-prereqs.sh,
 * so a newcomer's `npm test` runs every test that CI runs.
 */
const root = path.resolve(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const listed = () =>
  read('scripts/test-prereqs.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/)[0]!);
const commands = (script: string) =>
  script
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

describe('test prerequisites: one list', () => {
  it('.ci/run installs through the prereq script only, then runs exactly `npm test`', () => {
    const ci = commands(read('.ci/run'));
    expect(ci.filter((l) => /apt(-get)?\s+install/.test(l))).toEqual([]);
    expect(ci).toContain('bash scripts/test-prereqs.sh');
    expect(ci.at(-1)).toBe('npm test');
  });

  it('npm test runs the same script first (pretest)', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.pretest).toBe('bash scripts/test-prereqs.sh');
  });

  it('the script reads the list: what it knows is what the file says', () => {
    const r = spawnSync('bash', ['scripts/test-prereqs.sh', '--list'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(listed());
  });

  it('the list holds everything CI installed before it was one list (nothing dropped in the merge)', () => {
    const before = 'chromium golang-go shellcheck zsh curl openssl ca-certificates git xvfb util-linux iproute2 procps openssh-client openssh-server gcc libc6-dev'.split(' ');
    expect(listed()).toEqual(expect.arrayContaining(before));
  });

  it('a missing package is found by its check and named (as a non-root user: told, not installed)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-prereqs-'));
    fs.copyFileSync(path.join(root, 'scripts/test-prereqs.sh'), path.join(dir, 'test-prereqs.sh'));
    fs.writeFileSync(path.join(dir, 'test-prereqs.txt'), '# test\nbash cmd bash\nnot-there cmd gws-no-such-command  # comment\nno-file file /gws/no/such/file\n');
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'id'), '#!/bin/sh\necho 1000\n', { mode: 0o755 });
    const r = spawnSync('bash', [path.join(dir, 'test-prereqs.sh')], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('The tests need these Debian packages: not-there no-file');
  });
});
