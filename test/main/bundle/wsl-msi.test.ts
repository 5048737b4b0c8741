import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import type { Runtime } from '../../../src-main/ipc/runtime';
import { findBundle } from '../../../src-main/services/bundle/find';
import { BundleService } from '../../../src-main/services/bundle/service';
import { FileResumeStore, setResumeStore } from '../../../src-main/services/resume';
import { installWsl } from '../../../src-main/services/wsl';
import { nextInstallStep } from '../../../src-main/services/wsl/fallback';
import { ApiError } from '../../../src-shared/contract';
import { BUNDLE_FORMAT } from '../../../src-shared/bundle/manifest';
import type { Transcript } from '../../../src-shared/transcript/schema';
import { fakeRuntime } from '../ipc/fake-runtime';

/**
 * Install WSL from an offline bundle's MSI on the recorded Windows 10 with the
 * old in-box wsl.exe (win10-inbox-legacy), offline: its GitHub MSI route is
 * taken out of the recording (that download cannot happen), and msiexec's
 * answer is added (see msiexecEntry's source).
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));
const msi = randomBytes(64 * 1024);

let dir: string;
let bundleDir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gws-bundle-wsl-'));
  bundleDir = path.join(dir, 'go-wsl-setup-bundle');
  await fs.mkdir(bundleDir);
  await fs.writeFile(path.join(bundleDir, 'wsl.2.6.1.0.x64.msi'), msi);
  const manifest = {
    format: BUNDLE_FORMAT,
    createdAt: '2026-12-04T23:00:00.000Z',
    createdBy: 'test',
    wslMsi: { file: 'wsl.2.6.1.0.x64.msi', sha256: createHash('sha256').update(msi).digest('hex'), size: msi.length, source: 'https://github.com/microsoft/WSL/releases/download/2.6.1/wsl.2.6.1.0.x64.msi', version: '2.6.1', arch: 'x64' },
  };
  await fs.writeFile(path.join(bundleDir, 'manifest.json'), JSON.stringify(manifest));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function offlineMachine(): { host: ReplayHost; runtime: Runtime } {
  const t: Transcript = structuredClone(catalog.get('win10-inbox-legacy'));
  const online = t.entries.find((e) => e.probe === 'wsl.install-msi')!;
  t.entries = t.entries.filter((e) => e.probe !== 'wsl.install-msi' && e.probe !== 'wsl.install');
  t.entries.push({
    ...online,
    probe: 'wsl.install-msi-file',
    exitCode: 0,
    stdout: { text: '', encoding: 'utf8' },
    source: "Windows' documented behaviour: msiexec /i FILE /qn shows no UI and writes nothing to the console; exit code 0 is ERROR_SUCCESS (Windows Installer exit codes). The phase change is the recording's own (as after its GitHub MSI).",
  });
  const host = new ReplayHost(t, { readOnly: false, maxReplayMs: 0, strict: true });
  const { runtime } = fakeRuntime(host);
  const r: Runtime = { ...runtime, currentMachine: () => ({ id: t.machine.id, title: t.machine.title, description: t.machine.description }) };
  setResumeStore(r, new FileResumeStore(dir));
  r.bundle = new BundleService({ find: () => findBundle({ argument: bundleDir, drives: [] }), downloadDir: path.join(dir, 'downloads'), distroDir: path.join(dir, 'distros') });
  return { host, runtime: r };
}

describe('WSL from the offline bundle MSI', () => {
  it('goes straight to DISM + msiexec with the bundle file: no Store, no GitHub, no wsl --install', async () => {
    const { host, runtime } = offlineMachine();
    const r = await installWsl(runtime);
    expect(r.attempts.map((a) => `${a.kind}:${a.ok}`)).toEqual(['enable-features:true', 'install-msi-bundle:true']);
    const msiRun = host.log.find((l) => l.id === 'wsl.install-msi-file');
    expect(msiRun).toBeDefined();
    expect(host.log.map((l) => l.id).filter((id) => id === 'wsl.install' || id === 'wsl.install-msi' || id === 'wsl.update')).toEqual([]);
    expect(r.outcome).toBe('reboot-required');
  });

  it('a damaged bundle MSI stops before anything runs, naming the file', async () => {
    const { host, runtime } = offlineMachine();
    const file = path.join(bundleDir, 'wsl.2.6.1.0.x64.msi');
    const bytes = await fs.readFile(file);
    bytes[10] = bytes[10]! ^ 0xff;
    await fs.writeFile(file, bytes);
    const err = await installWsl(runtime).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).details).toMatchObject({ catalogId: 'BUNDLE_FILE_CORRUPT', file: 'wsl.2.6.1.0.x64.msi' });
    expect(host.log.map((l) => l.id)).not.toContain('windows.enable-features');
    expect(host.log.map((l) => l.id)).not.toContain('wsl.install-msi-file');
  });

  it('a failed bundle MSI does not fall back to a download', () => {
    expect(nextInstallStep('bundle-msi', { ok: false, timedOut: true, findingIds: ['WSL_DOWNLOAD_NETWORK'] })).toBe('stop');
  });
});
