import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDistroScript } from '../../../src-main/distro-scripts';
import { BackupStore } from '../../../src-main/files/backup-store';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { findBundle } from '../../../src-main/services/bundle/find';
import { BundleService } from '../../../src-main/services/bundle/service';
import { DistroService } from '../../../src-main/services/distro';
import { ApiError } from '../../../src-shared/contract';
import { BUNDLE_FORMAT } from '../../../src-shared/bundle/manifest';
import type { Transcript } from '../../../src-shared/transcript/schema';
import { SpecLogHost } from '../../support/spec-log-host';

/**
 * The Distro step installing the bundle's image on recorded machines, taken
 * offline: distro-none (WSL 2.7.8) gets `wsl --install --from-file`, the same
 * machine with the WSL 1.1.3 that distro-wsl1 recorded gets `wsl --import`.
 * The recordings lack an answer for those two commands; the one added here
 * says what it is (see FROM_FILE_SOURCE). The Store path is never asked.
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));
const WSL = 'C:\\Windows\\System32\\wsl.exe';
const FROM_FILE_SOURCE =
  "constructed: exit 0 with no output kept (the service does not read it: it re-detects with wsl -l -v, whose 'installed' phase is distro-none's own recording); the phase change is the one distro-none records after wsl --install -d";
const image = randomBytes(128 * 1024);

const root = mkdtempSync(path.join(os.tmpdir(), 'gws-bundle-distro-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
let bundleDir: string;
beforeEach(() => {
  bundleDir = path.join(root, `b${n++}`, 'go-wsl-setup-bundle');
  mkdirSync(bundleDir, { recursive: true });
  writeFileSync(path.join(bundleDir, 'ubuntu-24.04.2-wsl-amd64.wsl'), image);
  writeFileSync(
    path.join(bundleDir, 'manifest.json'),
    JSON.stringify({
      format: BUNDLE_FORMAT,
      createdAt: '2026-12-04T23:00:00.000Z',
      createdBy: 'test',
      distro: { file: 'ubuntu-24.04.2-wsl-amd64.wsl', sha256: createHash('sha256').update(image).digest('hex'), size: image.length, source: 'https://releases.ubuntu.com/noble/ubuntu-24.04.2-wsl-amd64.wsl', name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS', arch: 'amd64' },
    }),
  );
});

function offline(oldWsl: boolean) {
  const t: Transcript = structuredClone(catalog.get('distro-none'));
  if (oldWsl) {
    const v = catalog.get('distro-wsl1').entries.find((e) => e.probe === 'wsl.version')!;
    t.entries = t.entries.filter((e) => e.probe !== 'wsl.version');
    t.entries.push(structuredClone(v));
  }
  const storeInstall = t.entries.find((e) => e.probe === 'wsl.install-distro' && e.phase === 'start')!;
  // Offline: the Store and web downloads are not in this recording at all (strict replay would throw if asked).
  t.entries = t.entries.filter((e) => e.probe !== 'wsl.install-distro' && e.probe !== 'wsl.install-distro-web');
  t.entries.push({ ...storeInstall, probe: oldWsl ? 'wsl.import' : 'wsl.install-from-file', stdout: { text: '', encoding: 'utf8' }, source: FROM_FILE_SOURCE });
  const host = new SpecLogHost(new ReplayHost(t, { readOnly: false, maxReplayMs: 0, strict: true }));
  const dir = path.join(root, `s${n++}`);
  mkdirSync(dir, { recursive: true });
  const bundle = new BundleService({ find: () => findBundle({ argument: bundleDir, drives: [] }), downloadDir: path.join(dir, 'dl'), distroDir: 'C:\\Users\\me\\AppData\\Local\\go-wsl-setup\\distros' });
  const svc = new DistroService({
    host,
    backups: new BackupStore(path.join(dir, 'backups')),
    scripts: (name) => loadDistroScript(name),
    userProfileDir: dir,
    exportDir: dir,
    machine: async () => ({ windowsBuild: 26200, wslVersion: oldWsl ? '1.1.3.0' : '2.7.8.0' }),
    localImage: bundle.localImage,
  });
  return { svc, host };
}

const file = () => path.join(bundleDir, 'ubuntu-24.04.2-wsl-amd64.wsl');

describe('the Distro step from an offline bundle', () => {
  it('distro-none (WSL 2.7.8): wsl --install --from-file, re-detected as installed, no Store', async () => {
    const { svc, host } = offline(false);
    const r = await svc.install('Ubuntu-24.04');
    expect(r.outcome).toBe('installed');
    expect(r.attempts).toEqual([{ method: 'bundle', exitCode: 0, timedOut: false, findings: [] }]);
    expect(r.distro).toMatchObject({ name: 'Ubuntu-24.04', version: 2 });
    const mutating = host.specs.filter((s) => s.mutates);
    expect(mutating.map((s) => s.argv)).toEqual([[WSL, '--install', '--from-file', file(), '--name', 'Ubuntu-24.04', '--no-launch']]);
  });

  it('the same PC with WSL 1.1.3: wsl --import NAME DIR FILE --version 2, under the manifest spelling of the name', async () => {
    const { svc, host } = offline(true);
    const r = await svc.install('ubuntu-24.04');
    expect(r.outcome).toBe('installed');
    expect(host.specs.filter((s) => s.mutates).map((s) => s.argv)).toEqual([[WSL, '--import', 'Ubuntu-24.04', 'C:\\Users\\me\\AppData\\Local\\go-wsl-setup\\distros\\Ubuntu-24.04', file(), '--version', '2']]);
  });

  it('a damaged image is refused by name before wsl.exe is asked to change anything', async () => {
    const bytes = readFileSync(file());
    bytes[99] = bytes[99]! ^ 0xff;
    writeFileSync(file(), bytes);
    const { svc, host } = offline(false);
    const err = await svc.install('Ubuntu-24.04').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).details).toMatchObject({ catalogId: 'BUNDLE_FILE_CORRUPT', file: 'ubuntu-24.04.2-wsl-amd64.wsl' });
    expect(host.specs.filter((s) => s.mutates)).toEqual([]);
  });
});
