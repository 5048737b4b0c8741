import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsFromRecords, type FindingKind } from '../../../src-shared/go/findings';
import { fakeGoTarball, type GoTarball } from '../../support/go-fixture';
import { makeSandbox, type Sandbox } from '../../support/sandbox';
import { scriptRunner } from '../../support/script-host';

/** Old-install detection and removal on sandbox roots seeded with each kind of leftover. */
let work: string;
let tarball: GoTarball;
beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-det-'));
  tarball = await fakeGoTarball(work, { version: 'go1.21.0' });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const seeds: Record<string, (sb: Sandbox) => void> = {
  apt: (sb) =>
    sb.write(
      'var/lib/dpkg/status',
      'Package: bash\nStatus: install ok installed\nVersion: 5.2\n\nPackage: golang-1.19-go\nStatus: install ok installed\nVersion: 1.19.8-2\n\nPackage: golang-go\nStatus: deinstall ok config-files\nVersion: 2:1.19~1\n',
    ),
  snap: (sb) => sb.write('snap/go/current/VERSION', 'go1.20.1\n'),
  'usr-local': (sb) => {
    sb.write('usr/local/go/VERSION', 'go1.17.2\n');
    sb.write('usr/local/go/bin/go', '#!/bin/sh\necho "go version go1.17.2 linux/amd64"\n', 0o755);
  },
  gvm: (sb) => {
    sb.write('home/tester/.gvm/gos/go1.18/VERSION', 'go1.18\n');
    fs.appendFileSync(sb.file('home/tester/.bashrc'), '[[ -s "$HOME/.gvm/scripts/gvm" ]] && source "$HOME/.gvm/scripts/gvm"\n');
  },
  goenv: (sb) => {
    sb.write('home/tester/.goenv/versions/1.20.0/VERSION', 'go1.20\n');
    fs.appendFileSync(sb.file('home/tester/.bashrc'), 'eval "$(goenv init -)"\n');
  },
  gopath: (sb) => sb.write('home/tester/go/src/mine/main.go', 'package main\n'),
  'windows-go': (sb) => sb.write('mnt/c/Program Files/Go/bin/go.exe', 'MZ'),
  'goroot-export': (sb) => fs.appendFileSync(sb.file('home/tester/.profile'), '# old\nexport GOROOT=/usr/lib/go-1.15\n#export GOROOT=/commented\n'),
};
const expectedKinds: Record<string, FindingKind[]> = {
  apt: ['apt'],
  snap: ['snap'],
  'usr-local': ['usr-local'],
  gvm: ['gvm', 'gvm-init'],
  goenv: ['goenv', 'goenv-init'],
  gopath: ['gopath'],
  'windows-go': ['windows-go'],
  'goroot-export': ['goroot-export'],
};

async function detect(sb: Sandbox) {
  const { records } = await scriptRunner(sb.root).run('go-detect.sh', ['--home', sb.home]);
  return { records, findings: findingsFromRecords(records) };
}

describe('go-detect.sh', () => {
  it('finds nothing on a clean root and reports the machine', async () => {
    const sb = makeSandbox();
    try {
      const { records, findings } = await detect(sb);
      expect(findings).toEqual([]);
      expect(records.find((r) => r.kind === 'arch')?.fields[0]).toBe(os.arch() === 'x64' ? 'x86_64' : expect.any(String));
    } finally {
      sb.cleanup();
    }
  });

  for (const [name, seed] of Object.entries(seeds)) {
    it(`finds ${name}`, async () => {
      const sb = makeSandbox();
      try {
        seed(sb);
        const { findings } = await detect(sb);
        expect(findings.map((f) => f.kind).sort()).toEqual([...(expectedKinds[name] ?? [])].sort());
        if (name === 'apt') expect(findings[0]).toMatchObject({ path: '/usr/lib/go-1.19', version: '1.19.8-2', detail: 'golang-1.19-go' });
        if (name === 'usr-local') expect(findings[0]).toMatchObject({ version: 'go1.17.2', detail: 'foreign', cleanKind: 'usr-local' });
        if (name === 'goroot-export') expect(findings[0]).toMatchObject({ path: '/home/tester/.profile', detail: 'export GOROOT=/usr/lib/go-1.15' });
        if (name === 'windows-go') expect(findings[0]).toMatchObject({ detail: 'appendWindowsPath=true', cleanKind: null });
      } finally {
        sb.cleanup();
      }
    });
  }

  it('sees appendWindowsPath=false in wsl.conf, and our own install as ours', async () => {
    const sb = makeSandbox();
    try {
      seeds['windows-go']!(sb);
      sb.write('etc/wsl.conf', '[boot]\nsystemd=true\n[interop]\nappendWindowsPath = false\n');
      await scriptRunner(sb.root).run('go-install.sh', ['--tarball', tarball.path, '--sha256', tarball.sha256, '--version', tarball.version]);
      const { findings } = await detect(sb);
      expect(findings.find((f) => f.kind === 'windows-go')?.detail).toBe('appendWindowsPath=false');
      expect(findings.find((f) => f.kind === 'usr-local')).toMatchObject({ detail: 'ours', cleanKind: null });
    } finally {
      sb.cleanup();
    }
  });
});

describe('go-clean.sh', () => {
  it('removes only the kinds agreed to, comments out init lines with a backup, and never ~/go without the second yes', async () => {
    const sb = makeSandbox();
    try {
      for (const seed of Object.values(seeds)) seed(sb);
      const profileBefore = sb.read('home/tester/.profile');
      const r = scriptRunner(sb.root);
      const refused = await r.raw('go-clean.sh', ['--home', sb.home, '--remove', 'gopath']);
      expect(refused.exitCode).toBe(1);
      expect(sb.exists('home/tester/go/src/mine/main.go')).toBe(true);

      const { records } = await r.run('go-clean.sh', ['--home', sb.home, '--remove', 'gvm', '--remove', 'goroot-exports', '--remove', 'apt']);
      expect(records.filter((x) => x.kind === 'removed').map((x) => x.fields[0])).toEqual(['gvm', 'gvm-init', 'goroot-export']);
      expect(records.find((x) => x.kind === 'skipped')?.fields[0]).toBe('apt');
      expect(sb.exists('home/tester/.gvm')).toBe(false);
      expect(sb.read('home/tester/.bashrc')).toContain('# disabled by go-wsl-setup: [[ -s "$HOME/.gvm/scripts/gvm" ]]');
      expect(sb.read('home/tester/.profile')).toContain('# disabled by go-wsl-setup: export GOROOT=/usr/lib/go-1.15');
      expect(sb.read('home/tester/.profile.go-wsl-setup.bak')).toBe(profileBefore);
      // Everything not agreed to is still there.
      expect(sb.exists('home/tester/.goenv')).toBe(true);
      expect(sb.exists('home/tester/go/src/mine/main.go')).toBe(true);
      expect(sb.exists('usr/local/go/VERSION')).toBe(true);
      const left = (await detect(sb)).findings.map((f) => f.kind).sort();
      expect(left).toEqual(['apt', 'goenv', 'goenv-init', 'gopath', 'snap', 'usr-local', 'windows-go']);

      await r.run('go-clean.sh', ['--home', sb.home, '--remove', 'gopath', '--confirm-gopath']);
      expect(sb.exists('home/tester/go')).toBe(false);
    } finally {
      sb.cleanup();
    }
  });
});

describe('go-uninstall.sh', () => {
  it('removes what we installed and our blocks, nothing else', async () => {
    const sb = makeSandbox();
    try {
      const r = scriptRunner(sb.root);
      seeds.gopath!(sb);
      const bashrc = sb.read('home/tester/.bashrc');
      await r.run('go-install.sh', ['--tarball', tarball.path, '--sha256', tarball.sha256, '--version', tarball.version]);
      await r.run('go-path.sh', ['apply', '--home', sb.home, '--zsh', 'yes']);
      const { records } = await r.run('go-uninstall.sh', ['--home', sb.home]);
      expect(records.filter((x) => x.kind === 'removed').map((x) => x.fields[0])).toEqual(['goroot', 'file', 'block', 'block']);
      expect(sb.exists('usr/local/go')).toBe(false);
      expect(sb.exists('etc/profile.d/go.sh')).toBe(false);
      expect(sb.read('home/tester/.bashrc')).toBe(bashrc);
      expect(sb.exists('home/tester/go/src/mine/main.go')).toBe(true);
      expect(sb.exists('var/lib/go-wsl-setup/go.manifest')).toBe(false);
    } finally {
      sb.cleanup();
    }
  });

  it('keeps a /usr/local/go it did not install', async () => {
    const sb = makeSandbox();
    try {
      seeds['usr-local']!(sb);
      const { records } = await scriptRunner(sb.root).run('go-uninstall.sh', ['--home', sb.home]);
      expect(records.find((x) => x.kind === 'kept')?.fields[0]).toBe('goroot');
      expect(sb.exists('usr/local/go/VERSION')).toBe(true);
    } finally {
      sb.cleanup();
    }
  });
});
