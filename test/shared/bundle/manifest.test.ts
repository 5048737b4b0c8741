import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, isBundleFileName, MAX_BUNDLE_FILE_BYTES, readManifest } from '../../../src-shared/bundle/manifest';

const sha = 'a'.repeat(64);
const good = () => ({
  format: BUNDLE_FORMAT,
  createdAt: '2026-12-04T23:00:00.000Z',
  createdBy: 'go-wsl-setup bundle',
  go: { file: 'go1.22.5.linux-amd64.tar.gz', sha256: sha, size: 70_000_000, source: 'https://go.dev/dl/go1.22.5.linux-amd64.tar.gz', version: 'go1.22.5', arch: 'amd64' },
  wslMsi: { file: 'wsl.2.6.1.0.x64.msi', sha256: 'b'.repeat(64), size: 200_000_000, source: 'https://github.com/microsoft/WSL/releases/download/2.6.1/wsl.2.6.1.0.x64.msi', version: '2.6.1', arch: 'x64' },
  distro: { file: 'ubuntu-24.04.2-wsl-amd64.wsl', sha256: 'c'.repeat(64), size: 400_000_000, source: 'https://releases.ubuntu.com/noble/ubuntu-24.04.2-wsl-amd64.wsl', name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS', arch: 'amd64' },
});

function problems(m: unknown): string[] {
  const r = readManifest(JSON.stringify(m));
  return r.ok ? [] : r.problems.map((p) => p.path);
}

describe('bundle manifest', () => {
  it('accepts a complete bundle, with or without a BOM', () => {
    expect(readManifest(JSON.stringify(good())).ok).toBe(true);
    expect(readManifest(`\uFEFF${JSON.stringify(good())}`).ok).toBe(true);
  });

  const hostileNames = ['../go.tar.gz', '..\\go.tar.gz', 'sub/go.tar.gz', 'sub\\go.tar.gz', '/etc/passwd', 'C:\\Windows\\x.msi', 'C:x.msi', '\\\\server\\share\\x', 'go..tar.gz', '.hidden', 'CON', 'nul.tar.gz', 'COM1.msi', 'x.msi.', 'x.msi ', '', 'a'.repeat(151), 'go\u0000.tar.gz', '-rf'];
  for (const name of hostileNames) {
    it(`refuses the file name ${JSON.stringify(name)} with its JSON path`, () => {
      const m = good();
      m.go.file = name;
      expect(problems(m)).toContain('/go/file');
    });
  }

  it('refuses sizes that are not a positive safe count of bytes up to 8 GiB', () => {
    for (const size of [0, -1, 1.5, MAX_BUNDLE_FILE_BYTES + 1, 2 ** 60, Number.MAX_SAFE_INTEGER + 2]) {
      const m = good() as { distro: { size: unknown } };
      m.distro.size = size;
      expect(problems(m), String(size)).toContain('/distro/size');
    }
    const m = good() as { distro: { size: unknown } };
    m.distro.size = '400000000';
    expect(problems(m)).toContain('/distro/size');
  });

  it('refuses hashes that are not 64 lowercase hex digits (0x prefixes are normalised when the bundle is made, not here)', () => {
    for (const h of ['A'.repeat(64), `0x${'a'.repeat(64)}`, 'a'.repeat(63), `sha256:${'a'.repeat(64)}`]) {
      const m = good();
      m.wslMsi.sha256 = h;
      expect(problems(m), h).toContain('/wslMsi/sha256');
    }
  });

  it('refuses a distro name that could be an option, and a friendly name with a line break', () => {
    const m = good();
    m.distro.name = '-rf';
    m.distro.friendlyName = 'Ubuntu\nrm -rf /';
    expect(problems(m)).toEqual(expect.arrayContaining(['/distro/name', '/distro/friendlyName']));
  });

  it('refuses two parts sharing one file (Windows names ignore case) and a part named manifest.json', () => {
    const m = good();
    m.wslMsi.file = 'GO1.22.5.LINUX-AMD64.TAR.GZ';
    expect(problems(m)).toContain('/wslMsi/file');
    const n = good();
    n.distro.file = 'manifest.json';
    expect(problems(n)).toContain('/distro/file');
  });

  it('refuses unknown keys, another format, an empty bundle and text that is not JSON', () => {
    expect(problems({ ...good(), extra: 1 })).toContain('');
    expect(problems({ ...good(), go: { ...good().go, lockd: true } })).toContain('/go');
    expect(problems({ ...good(), format: 'go-wsl-setup.bundle/2' })).toContain('/format');
    const { format, createdAt, createdBy } = good();
    expect(problems({ format, createdAt, createdBy })).toContain('');
    const r = readManifest('{"format": ');
    expect(r.ok).toBe(false);
  });

  it('no file name with a path separator, a drive colon or ".." is ever accepted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('/', '\\', ':', '..'), fc.string({ maxLength: 40 }), (a, sep, b) => !isBundleFileName(`${a}${sep}${b}`)),
      { numRuns: 500 },
    );
  });
});
