import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { runPreflight } from '../../../src-main/services/preflight';
import { rebootReasons } from '../../../src-main/services/wsl';
import { fakeRuntime } from '../ipc/fake-runtime';

const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));
const report = (id: string) => runPreflight(fakeRuntime(new ReplayHost(catalog.get(id), { readOnly: true, maxReplayMs: 0, strict: true })).runtime);

describe('why a restart is needed', () => {
  it('DISM 3010 means features enabled; a failed run says nothing', async () => {
    expect(rebootReasons([{ kind: 'enable-features', ok: true, exitCode: 3010, findingIds: [] }], null)).toEqual(['features-enabled']);
    expect(rebootReasons([{ kind: 'enable-features', ok: false, exitCode: 5, findingIds: [] }], null)).toEqual([]);
    expect(rebootReasons([{ kind: 'enable-features', ok: true, exitCode: 0, findingIds: [] }], null)).toEqual([]);
  });

  it('wsl.exe saying so, and a changed boot setting', () => {
    expect(rebootReasons([{ kind: 'install-web', ok: true, exitCode: 0, findingIds: ['WSL_REBOOT_PENDING'] }], null)).toEqual(['wsl-installed']);
    expect(rebootReasons([{ kind: 'hypervisor-auto', ok: true, exitCode: 0, findingIds: [] }], null)).toEqual(['hypervisor-changed']);
  });

  it('the re-detected machine: Windows itself waiting for a restart, or nothing at all', async () => {
    expect(rebootReasons([], await report('win10-reboot-pending'))).toEqual(['windows-pending']);
    expect(rebootReasons([], await report('win11-healthy'))).toEqual([]);
  });
});
