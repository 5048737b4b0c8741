import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellChecksFromRecords } from '../../../src-shared/go/shells';
import { fakeGoTarball, type GoTarball } from '../../support/go-fixture';
import { freshShellsUnavailable, makeSandbox } from '../../support/sandbox';
import { scriptRunner } from '../../support/script-host';

/**
 * go-path.sh edits and the fresh-shell proof, for real: the shells run in a
 * private mount namespace that shows the sandbox's /usr/local, /etc/profile.d
 * and /home (see go-verify.sh).
 */
let work: string;
let tarball: GoTarball;
beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-path-'));
  tarball = await fakeGoTarball(work, { version: 'go1.22.3' });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const BEGIN = '# >>> go-wsl-setup go >>>';

describe('go-path.sh', () => {
  it('writes profile.d and marked blocks once; applying twice changes nothing', async () => {
    const sb = makeSandbox();
    try {
      const r = scriptRunner(sb.root);
      const before = sb.read('home/tester/.bashrc');
      const first = await r.run('go-path.sh', ['apply', '--home', sb.home, '--zsh', 'yes']);
      expect(first.records.filter((x) => x.kind === 'file').map((x) => x.fields[0])).toEqual(['changed', 'changed', 'changed']);
      const bashrc = sb.read('home/tester/.bashrc');
      expect(bashrc.startsWith(before.trimEnd())).toBe(true);
      expect(bashrc.split(BEGIN).length).toBe(2);
      expect(bashrc).not.toMatch(/GOROOT=/);
      expect(sb.read('etc/profile.d/go.sh')).toContain('/usr/local/go/bin');
      expect(sb.read('home/tester/.bashrc.go-wsl-setup.bak')).toBe(before);
      const second = await r.run('go-path.sh', ['apply', '--home', sb.home, '--zsh', 'yes']);
      expect(second.records.filter((x) => x.kind === 'file').map((x) => x.fields[0])).toEqual(['unchanged', 'unchanged', 'unchanged']);
      expect(sb.read('home/tester/.bashrc')).toBe(bashrc);
    } finally {
      sb.cleanup();
    }
  });

  it('leaves a profile.d/go.sh someone else wrote alone', async () => {
    const sb = makeSandbox();
    try {
      sb.write('etc/profile.d/go.sh', 'export PATH=$PATH:/opt/go/bin\n');
      const { records } = await scriptRunner(sb.root).run('go-path.sh', ['apply', '--home', sb.home, '--zsh', 'no']);
      expect(records.find((x) => x.kind === 'skipped')?.fields[0]).toContain('/etc/profile.d/go.sh');
      expect(sb.read('etc/profile.d/go.sh')).toBe('export PATH=$PATH:/opt/go/bin\n');
      expect(sb.exists('home/tester/.zshrc')).toBe(false);
    } finally {
      sb.cleanup();
    }
  });

  it('remove takes out exactly its blocks and its file', async () => {
    const sb = makeSandbox();
    try {
      const r = scriptRunner(sb.root);
      const before = sb.read('home/tester/.bashrc');
      sb.write('home/tester/.zshrc', 'bindkey -e\n');
      await r.run('go-path.sh', ['apply', '--home', sb.home, '--zsh', 'yes']);
      fs.appendFileSync(sb.file('home/tester/.bashrc'), 'alias ll="ls -l"\n');
      await r.run('go-path.sh', ['remove', '--home', sb.home]);
      expect(sb.read('home/tester/.bashrc')).toBe(`${before}alias ll="ls -l"\n`);
      expect(sb.read('home/tester/.zshrc')).toBe('bindkey -e\n');
      expect(sb.exists('etc/profile.d/go.sh')).toBe(false);
    } finally {
      sb.cleanup();
    }
  });
});

const noShells = freshShellsUnavailable();
if (noShells) console.log(`skipping fresh-shell checks: ${noShells}`);

describe.skipIf(noShells !== null)('go-verify.sh in fresh shells', () => {
  it('finds Go in login, interactive bash and zsh only after go-path.sh apply, and none after remove', async () => {
    const sb = makeSandbox();
    try {
      const r = scriptRunner(sb.root);
      await r.run('go-install.sh', ['--tarball', tarball.path, '--sha256', tarball.sha256, '--version', tarball.version]);
      const verify = async () => shellChecksFromRecords((await r.run('go-verify.sh', ['--home', sb.home])).records, 'go1.22.3');

      // Installed but not on PATH yet: every shell says GO_NOT_FOUND (or finds the system's Go, not ours).
      const before = await verify();
      expect(before.length).toBeGreaterThanOrEqual(2);
      expect(before.every((s) => !s.ok)).toBe(true);

      await r.run('go-path.sh', ['apply', '--home', sb.home]);
      const after = await verify();
      expect(after.map((s) => s.shell)).toEqual(expect.arrayContaining(['bash-login', 'bash-interactive']));
      for (const s of after) expect(s, s.shell).toMatchObject({ ok: true, goPath: '/usr/local/go/bin/go', version: 'go1.22.3', gobinOnPath: true });

      await r.run('go-path.sh', ['remove', '--home', sb.home]);
      expect((await verify()).every((s) => s.goPath !== '/usr/local/go/bin/go')).toBe(true);
    } finally {
      sb.cleanup();
    }
  });

  it('login shells get Go from /etc/profile.d alone, interactive ones from ~/.bashrc alone', async () => {
    const sb = makeSandbox();
    try {
      const r = scriptRunner(sb.root);
      await r.run('go-install.sh', ['--tarball', tarball.path, '--sha256', tarball.sha256, '--version', tarball.version]);
      await r.run('go-path.sh', ['apply', '--home', sb.home, '--zsh', 'no']);
      fs.rmSync(sb.file('etc/profile.d/go.sh'));
      const s = shellChecksFromRecords((await r.run('go-verify.sh', ['--home', sb.home])).records, 'go1.22.3');
      expect(s.find((x) => x.shell === 'bash-interactive')?.ok).toBe(true);
      // Debian's ~/.profile sources ~/.bashrc, whose first lines return early for a non-interactive shell.
      expect(s.find((x) => x.shell === 'bash-login')?.goPath).not.toBe('/usr/local/go/bin/go');
    } finally {
      sb.cleanup();
    }
  });
});
