import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { quoteWindowsArg } from '../../../src-main/host/elevation';
import { canInstallFromFile } from '../../../src-main/services/bundle/commands';
import { distroFromBundlePlan, wslMsiFromBundleSpec } from '../../../src-main/services/bundle/plan';
import { SpecLogHost } from '../../support/spec-log-host';

/**
 * The commands that install from a bundle, decided on recorded machines: the
 * WSL version each one's wsl.exe printed picks `--install --from-file` (2.4.4
 * and newer) or `--import` (older Store WSL, WSL 1.x, the in-box wsl.exe
 * that does not know --version). argv only: the bundle path with a space and
 * CJK characters stays one argument.
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));
const WSL = 'C:\\Windows\\System32\\wsl.exe';
const file = 'E:\\go-wsl-setup-bundle\\ubuntu-24.04.2-wsl-amd64.wsl';
const installDir = 'C:\\Users\\学生 01\\AppData\\Local\\go-wsl-setup\\distros\\Ubuntu-24.04';

function host(id: string) {
  return new SpecLogHost(new ReplayHost(catalog.get(id), { readOnly: false, maxReplayMs: 0, strict: true }));
}

describe('installing the bundle distro on recorded machines', () => {
  it('distro-none (WSL 2.7.8.0): wsl --install --from-file FILE --name NAME --no-launch', async () => {
    const h = host('distro-none');
    const plan = await distroFromBundlePlan(h, { name: 'Ubuntu-24.04', file, installDir });
    expect(plan.wslVersion).toBe('2.7.8.0');
    expect(plan.spec.argv).toEqual([WSL, '--install', '--from-file', file, '--name', 'Ubuntu-24.04', '--no-launch']);
    expect(plan.spec).toMatchObject({ mutates: true, env: { WSL_UTF8: '1' } });
    expect(h.specs.map((s) => s.id)).toEqual(['wsl.version']);
  });

  const importCases = [
    ['win11-healthy', '2.3.26.0'],
    ['distro-wsl1', '1.1.3.0'],
    ['win10-inbox-legacy', null],
  ] as const;
  for (const [id, version] of importCases) {
    it(`${id} (${version ?? 'in-box wsl.exe, no --version'}): wsl --import NAME DIR FILE --version 2`, async () => {
      const plan = await distroFromBundlePlan(host(id), { name: 'Ubuntu-24.04', file, installDir });
      expect(plan.wslVersion).toBe(version);
      expect(plan.spec.argv).toEqual([WSL, '--import', 'Ubuntu-24.04', installDir, file, '--version', '2']);
    });
  }

  it('the version gate is 2.4.4 exactly', () => {
    expect(canInstallFromFile('2.4.3.0')).toBe(false);
    expect(canInstallFromFile('2.4.4')).toBe(true);
    expect(canInstallFromFile('2.4.4.0')).toBe(true);
    expect(canInstallFromFile(null)).toBe(false);
  });

  it('refuses a distro name that wsl.exe could read as an option', async () => {
    await expect(distroFromBundlePlan(host('distro-none'), { name: '--unregister', file, installDir })).rejects.toThrow(/not a WSL distro name/);
  });
});

describe('installing WSL from the bundle MSI', () => {
  it('runs msiexec /i FILE /qn /norestart elevated, the file one argument even with spaces', () => {
    const msi = 'F:\\My Stick\\go-wsl-setup-bundle\\wsl.2.6.1.0.x64.msi';
    const spec = wslMsiFromBundleSpec(msi);
    expect(spec.argv).toEqual(['C:\\Windows\\System32\\msiexec.exe', '/i', msi, '/qn', '/norestart']);
    expect(spec).toMatchObject({ elevated: true, mutates: true });
    // The elevation runner joins argv with quoteWindowsArg: the path comes back as one argument.
    expect(quoteWindowsArg(msi)).toBe(`"${msi}"`);
  });
});
