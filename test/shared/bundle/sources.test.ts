import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSha256, pickDistroImage, pickWslMsi } from '../../../src-shared/bundle/sources';

// An excerpt of microsoft/WSL's distributions/DistributionInfo.json (its _source key says which commit).
const info: unknown = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/bundle/DistributionInfo.excerpt.json'), 'utf8'));

// The shape GitHub's REST API gives for a release (GET /repos/{owner}/{repo}/releases/latest):
// tag_name, assets[] with name, size, browser_download_url and digest "sha256:<hex>".
const release = (digest: string | null) => ({
  tag_name: '2.6.1',
  assets: [
    { name: 'Microsoft.WSL_2.6.1.0_x64_ARM64.msixbundle', size: 10, browser_download_url: 'https://github.com/microsoft/WSL/releases/download/2.6.1/Microsoft.WSL_2.6.1.0_x64_ARM64.msixbundle', digest: `sha256:${'1'.repeat(64)}` },
    { name: 'wsl.2.6.1.0.arm64.msi', size: 20, browser_download_url: 'https://github.com/microsoft/WSL/releases/download/2.6.1/wsl.2.6.1.0.arm64.msi', digest: `sha256:${'2'.repeat(64)}` },
    { name: 'wsl.2.6.1.0.x64.msi', size: 30, browser_download_url: 'https://github.com/microsoft/WSL/releases/download/2.6.1/wsl.2.6.1.0.x64.msi', digest },
  ],
});

describe('bundle sources', () => {
  it('picks the .wsl image and its hash from DistributionInfo.json, case-insensitively as wsl.exe does', () => {
    const r = pickDistroImage(info, 'ubuntu-24.04', 'amd64');
    expect(r).toMatchObject({ ok: true, name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS', file: { file: 'ubuntu-24.04.2-wsl-amd64.wsl', sha256: '5d1eea52103166f1c460dc012ed325c6eb31d2ce16ef6a00ffdfda8e99e12f43', size: null } });
  });

  it('reads the 0x-prefixed hashes of the openSUSE entries', () => {
    const r = pickDistroImage(info, 'openSUSE-Tumbleweed', 'arm64');
    expect(r.ok && r.file.sha256).toBe('c4a6844cfa0b791ab934c4e871a1245b217de734cb8c75a33bdc644fa0675e39');
  });

  it('says why when a distro is not there, or has no image for the arch', () => {
    expect(pickDistroImage(info, 'Ubuntu-18.04', 'amd64')).toMatchObject({ ok: false, reason: expect.stringContaining('not a tar-based') });
    expect(pickDistroImage({ Distributions: [] }, 'Ubuntu', 'amd64')).toMatchObject({ ok: false });
  });

  it('picks the MSI for the arch with the digest GitHub publishes, and refuses one without a digest', () => {
    expect(pickWslMsi(release(`sha256:${'3'.repeat(64)}`), 'x64')).toMatchObject({ ok: true, version: '2.6.1', file: { file: 'wsl.2.6.1.0.x64.msi', sha256: '3'.repeat(64), size: 30 } });
    expect(pickWslMsi(release(`sha256:${'3'.repeat(64)}`), 'arm64')).toMatchObject({ ok: true, file: { file: 'wsl.2.6.1.0.arm64.msi' } });
    expect(pickWslMsi(release(null), 'x64')).toMatchObject({ ok: false, reason: expect.stringContaining('no SHA-256') });
    expect(pickWslMsi(release(`md5:${'3'.repeat(32)}`), 'x64')).toMatchObject({ ok: false });
  });

  it('refuses a download URL that is not https', () => {
    const r = release(`sha256:${'3'.repeat(64)}`);
    r.assets[2]!.browser_download_url = 'http://example.com/wsl.2.6.1.0.x64.msi';
    expect(pickWslMsi(r, 'x64')).toMatchObject({ ok: false, reason: expect.stringContaining('https') });
  });

  it('normalises hashes written as 0x.../sha256:.../capitals and refuses the rest', () => {
    expect(normaliseSha256(`0x${'AB'.repeat(32)}`)).toBe('ab'.repeat(32));
    expect(normaliseSha256(`sha256:${'ab'.repeat(32)}`)).toBe('ab'.repeat(32));
    expect(normaliseSha256('ab'.repeat(31))).toBeNull();
  });
});
