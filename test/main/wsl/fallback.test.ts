import { describe, expect, it } from 'vitest';
import { nextInstallStep, updateRetriesWithWeb } from '../../../src-main/services/wsl/fallback';

const failed = (findingIds: string[], timedOut = false) => ({ ok: false, timedOut, findingIds });

describe('install fallbacks', () => {
  it('success ends the flow on any path', () => {
    for (const p of ['install', 'install-web', 'features-and-update'] as const) expect(nextInstallStep(p, { ok: true, timedOut: false, findingIds: [] })).toBe('stop');
  });

  it('network and Store failures go Store -> web download -> DISM + update', () => {
    expect(nextInstallStep('install', failed(['WSL_DOWNLOAD_NETWORK', 'VMP_FEATURE_MISSING']))).toBe('install-web');
    expect(nextInstallStep('install', failed(['WSL_PACKAGE_INSTALL_FAILED']))).toBe('install-web');
    expect(nextInstallStep('install-web', failed(['WSL_DOWNLOAD_NETWORK']))).toBe('features-and-update');
    expect(nextInstallStep('features-and-update', failed(['WSL_DOWNLOAD_NETWORK']))).toBe('stop');
  });

  it('a hang (timeout) and unrecognised output are worth the other download path', () => {
    expect(nextInstallStep('install', failed([], true))).toBe('install-web');
    expect(nextInstallStep('install', failed([]))).toBe('install-web');
    expect(nextInstallStep('install', failed(['UNKNOWN']))).toBe('install-web');
  });

  it('the old in-box wsl.exe takes the MSI route (not wsl --update), and stops where the Store WSL cannot run', () => {
    expect(nextInstallStep('install', failed(['WSL_INBOX_LEGACY']))).toBe('inbox-msi');
    expect(nextInstallStep('install-web', failed(['VMP_FEATURE_MISSING', 'WSL_INBOX_LEGACY']), { storeWsl: true })).toBe('inbox-msi');
    expect(nextInstallStep('install', failed(['WSL_INBOX_LEGACY']), { storeWsl: false })).toBe('stop');
    expect(nextInstallStep('inbox-msi', failed(['WSL_DOWNLOAD_NETWORK']))).toBe('stop');
  });

  it('causes another download cannot fix stop the flow', () => {
    for (const id of ['VIRTUALIZATION_DISABLED', 'WSL_GPO_BLOCKED', 'WIN_BUILD_TOO_OLD', 'WSL_ELEVATION_DENIED', 'DISK_SPACE_LOW', 'OPTIONAL_COMPONENT_ENABLE_FAILED']) {
      expect(nextInstallStep('install', failed([id, 'WSL_DOWNLOAD_NETWORK']))).toBe('stop');
    }
  });

  it('wsl --update retries with --web-download only for download trouble', () => {
    expect(updateRetriesWithWeb(failed(['WSL_DOWNLOAD_NETWORK']))).toBe(true);
    expect(updateRetriesWithWeb(failed([], true))).toBe(true);
    expect(updateRetriesWithWeb(failed(['WSL_SERVICE_BROKEN']))).toBe(false);
    expect(updateRetriesWithWeb({ ok: true, timedOut: false, findingIds: [] })).toBe(false);
  });
});
