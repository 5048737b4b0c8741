import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { runPreflight } from '../../../src-main/services/preflight';
import { fakeRuntime } from '../ipc/fake-runtime';

const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));

describe('recorded machines through the preflight', () => {
  it('every recorded machine is a valid transcript with both languages', () => {
    expect(catalog.list().length).toBeGreaterThanOrEqual(2);
    for (const m of catalog.list()) {
      expect(m.title.en).not.toBe('');
      expect(m.title['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('win11-healthy: every check passes, in at most 3 processes', async () => {
    const host = new ReplayHost(catalog.get('win11-healthy'), { readOnly: true, maxReplayMs: 0, strict: true });
    const { runtime } = fakeRuntime(host);
    const report = await runPreflight(runtime);
    expect(report.processCount).toBeLessThanOrEqual(3);
    expect(report.windows).toMatchObject({ build: 22631, is64Bit: true, hypervisorPresent: true });
    expect(report.wsl).toMatchObject({ present: true, wslVersion: '2.3.26.0', kernelVersion: '5.15.167.4-1', defaultVersion: 2 });
    expect(report.wsl.distros).toEqual([{ name: 'Ubuntu-24.04', state: 'Stopped', version: 2, isDefault: true }]);
    expect(report.checks.filter((c) => c.status !== 'ok')).toEqual([]);
  });

  it('win10-virt-off-zh: virtualization off in the BIOS, features off, no WSL yet, local proxy', async () => {
    const host = new ReplayHost(catalog.get('win10-virt-off-zh'), { readOnly: true, maxReplayMs: 0, strict: true });
    const { runtime } = fakeRuntime(host);
    const report = await runPreflight(runtime);
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(byId.virtualization).toMatchObject({ status: 'fail', findings: ['VIRTUALIZATION_DISABLED'] });
    expect(byId['vmp-feature']).toMatchObject({ status: 'fail', findings: ['VMP_FEATURE_MISSING'], fixAction: 'windows.enable-features' });
    expect(byId['wsl-installed']).toMatchObject({ status: 'fail', fixAction: 'wsl.install' });
    expect(byId.proxy).toMatchObject({ status: 'warn', observed: { server: '127.0.0.1:7890' } });
    expect(byId['windows-build']).toMatchObject({ status: 'ok', observed: { build: 19045 } });
    expect(report.wsl.distros).toEqual([]);
  });
});

describe('the demo\'s default machine', () => {
  it('is the healthy Windows 11, whatever sorts first', () => {
    expect(catalog.defaultId()).toBe('win11-healthy');
    expect(catalog.list()[0]?.id).not.toBe('win11-healthy');
  });
});
