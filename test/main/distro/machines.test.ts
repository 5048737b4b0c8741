import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createReplayRuntime } from '../../../src-main/app/replay-runtime';
import type { Runtime, TerminalService } from '../../../src-main/ipc/runtime';
import { loadDistroScript } from '../../../src-main/distro-scripts';
import { BackupStore } from '../../../src-main/files/backup-store';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { createDispatcher } from '../../../src-main/ipc/create-dispatcher';
import type { SenderContext } from '../../../src-main/ipc/dispatcher';
import { DistroService } from '../../../src-main/services/distro';
import { runPreflight } from '../../../src-main/services/preflight';
import { fakeRuntime } from '../ipc/fake-runtime';
import { SpecLogHost } from '../../support/spec-log-host';

/**
 * The Distro step's service and its distro.* channels on the five recorded
 * machines made for it (assets/machines/distro-*.json): no distro, a WSL 1
 * distro, default version 1, a distro that already exists, and a Store
 * install that fails so --web-download takes over. Every machine is replayed
 * strictly (an unrecorded probe throws), and every command the host is asked
 * to run is recorded with its argv, so the tests check both what the service
 * concludes and exactly what it would have run on Windows.
 */
const WSL = 'C:\\Windows\\System32\\wsl.exe';
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));
const MACHINES = ['distro-none', 'distro-wsl1', 'distro-default-v1', 'distro-exists', 'distro-web-download'] as const;
type MachineId = (typeof MACHINES)[number];

const root = mkdtempSync(path.join(os.tmpdir(), 'gws-distro-machines-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const scratch = () => {
  const dir = path.join(root, `m${n++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** The replay host of a recorded machine (strict, no streaming delay) with a record of every spec it was asked to run. */
class Recorded extends SpecLogHost {
  /** argv (without wsl.exe's path) of the commands that change the machine, in order. */
  actions(): string[][] {
    return this.specs.filter((s) => s.mutates).map((s) => (s.argv[0] === WSL ? s.argv.slice(1) : [...s.argv]));
  }
}

function recorded(id: MachineId): Recorded {
  return new Recorded(new ReplayHost(catalog.get(id), { readOnly: false, maxReplayMs: 0, strict: true }));
}

function service(id: MachineId) {
  const host = recorded(id);
  const dir = scratch();
  const svc = new DistroService({
    host,
    backups: new BackupStore(path.join(dir, 'backups')),
    scripts: (name) => loadDistroScript(name),
    userProfileDir: dir,
    exportDir: 'C:\\Users\\me\\AppData\\Local\\go-wsl-setup\\exports',
    machine: async () => ({ windowsBuild: 26200, wslVersion: '2.7.8.0' }),
    now: () => new Date('2026-11-26T12:00:00Z'),
  });
  return { svc, host };
}

const INSTALL = ['--install', '-d', 'Ubuntu-24.04', '--no-launch'];
const INSTALL_WEB = [...INSTALL, '--web-download'];

describe('the distro machines are complete for the preflight', () => {
  it.each([
    ['distro-none', { wsl: '2.7.8.0', defaultVersion: 2, distros: [] as string[] }],
    ['distro-wsl1', { wsl: '1.1.3.0', defaultVersion: 2, distros: ['Ubuntu:1'] }],
    ['distro-default-v1', { wsl: '1.1.3.0', defaultVersion: 1, distros: [] as string[] }],
    ['distro-exists', { wsl: '2.7.8.0', defaultVersion: 2, distros: ['Ubuntu-24.04:2'] }],
    ['distro-web-download', { wsl: '2.7.8.0', defaultVersion: 2, distros: [] as string[] }],
  ] as const)('%s: win.facts, wsl --version and wsl -l -v answer (strict replay), in at most 3 processes', async (id, want) => {
    const host = recorded(id);
    const { runtime } = fakeRuntime(host);
    const report = await runPreflight(runtime);
    expect(report.processCount).toBeLessThanOrEqual(3);
    expect(report.wsl.present).toBe(true);
    expect(report.wsl.wslVersion).toBe(want.wsl);
    expect(report.wsl.defaultVersion).toBe(want.defaultVersion);
    expect((report.wsl.distros ?? []).map((d) => `${d.name}:${d.version}`)).toEqual(want.distros);
    expect(host.actions()).toEqual([]);
  });
});

describe('DistroService on the recorded machines', () => {
  it('distro-none: no distro, so install Ubuntu-24.04 from the Store; one attempt, no web download, no conversion needed', async () => {
    const { svc, host } = service('distro-none');
    const list = await svc.list();
    expect(list).toMatchObject({ installed: [], defaultVersion: 2, findings: ['NO_DISTRO_INSTALLED'] });
    expect(list.online).toContainEqual({ name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS' });
    expect(list.online).toContainEqual({ name: 'SUSE-Linux-Enterprise-15-SP6', friendlyName: 'SUSE Linux Enterprise 15 SP6' });

    const rec = await svc.recommend();
    expect(rec.choice).toMatchObject({ action: 'install', name: 'Ubuntu-24.04', needsV2: false });
    expect(rec.choice.reasons.map((r) => r.key)).toContain('distro.reason.recommendedDefault');

    const r = await svc.install('Ubuntu-24.04');
    expect(r).toMatchObject({ outcome: 'installed', distro: { name: 'Ubuntu-24.04', version: 2, isDefault: true } });
    expect(r.attempts).toEqual([{ method: 'store', exitCode: 0, timedOut: false, findings: [] }]);
    expect(host.actions()).toEqual([INSTALL]);

    const v2 = await svc.ensureV2();
    expect(v2.steps).toEqual([]);
    expect(v2.list.findings).toEqual([]);
    expect(host.actions()).toEqual([INSTALL]);
  });

  it('distro-web-download: the Store download fails (WSL_FILE_NOT_FOUND), --web-download installs; the fallback runs exactly once', async () => {
    const { svc, host } = service('distro-web-download');
    const r = await svc.install('Ubuntu-24.04');
    expect(r.outcome).toBe('installed');
    expect(r.attempts).toEqual([
      { method: 'store', exitCode: 4294967295, timedOut: false, findings: ['WSL_FILE_NOT_FOUND'] },
      { method: 'web', exitCode: 0, timedOut: false, findings: [] },
    ]);
    expect(r.distro).toMatchObject({ name: 'Ubuntu-24.04', version: 2 });
    expect(host.actions()).toEqual([INSTALL, INSTALL_WEB]);

    // Pressing install again on the installed machine: wsl.exe says the name exists; nothing is downloaded a second time.
    const again = await svc.install('Ubuntu-24.04');
    expect(again.outcome).toBe('exists');
    expect(again.attempts.map((a) => [a.method, a.findings])).toEqual([['store', ['DISTRO_ALREADY_EXISTS']]]);
    expect(host.count('wsl.install-distro-web')).toBe(1);
    expect(host.actions()).toEqual([INSTALL, INSTALL_WEB, INSTALL]);
  });

  it('distro-web-download: asked for --web-download directly, the Store is not tried at all', async () => {
    const { svc, host } = service('distro-web-download');
    const r = await svc.install('Ubuntu-24.04', { webDownload: true });
    expect(r.outcome).toBe('installed');
    expect(r.attempts.map((a) => a.method)).toEqual(['web']);
    expect(host.actions()).toEqual([INSTALL_WEB]);
  });

  it('distro-exists: the healthy Ubuntu-24.04 is reused; installing it anyway stops at DISTRO_ALREADY_EXISTS without a second download', async () => {
    const { svc, host } = service('distro-exists');
    const rec = await svc.recommend();
    expect(rec.choice).toMatchObject({ action: 'reuse', name: 'Ubuntu-24.04', needsV2: false });
    expect(rec.choice.reasons[0]?.key).toBe('distro.reason.reuseHealthy');
    expect(rec.list.findings).toEqual([]);
    expect(host.actions()).toEqual([]);

    const r = await svc.install('Ubuntu-24.04');
    expect(r.outcome).toBe('exists');
    expect(r.attempts).toEqual([{ method: 'store', exitCode: 4294967295, timedOut: false, findings: ['DISTRO_ALREADY_EXISTS'] }]);
    // The re-detected row comes back, so the page can offer to use it.
    expect(r.distro).toMatchObject({ name: 'Ubuntu-24.04', version: 2 });
    expect(host.count('wsl.install-distro-web')).toBe(0);
    expect(host.actions()).toEqual([INSTALL]);
  });

  it('distro-wsl1: the WSL 1 Ubuntu is found and converted with wsl --set-version Ubuntu 2 (default already 2, so not set again)', async () => {
    const { svc, host } = service('distro-wsl1');
    const list = await svc.list();
    expect(list.installed).toEqual([{ name: 'Ubuntu', state: 'Stopped', version: 1, isDefault: true }]);
    expect(list).toMatchObject({ defaultVersion: 2, findings: ['DISTRO_IS_WSL1'] });

    const rec = await svc.recommend();
    // A WSL 1 distro is not "healthy": the fresh LTS is the choice, the old Ubuntu an alternative that needs converting.
    expect(rec.choice).toMatchObject({ action: 'install', name: 'Ubuntu-24.04' });
    expect(rec.alternatives).toContainEqual(expect.objectContaining({ action: 'reuse', name: 'Ubuntu', needsV2: true }));

    const v2 = await svc.ensureV2(['Ubuntu']);
    expect(v2.steps).toEqual([{ step: { action: 'set-version', name: 'Ubuntu', finding: 'DISTRO_IS_WSL1' }, ok: true, exitCode: 0, findings: [] }]);
    expect(host.actions()).toEqual([['--set-version', 'Ubuntu', '2']]);
    expect(host.specs.find((s) => s.id === 'wsl.set-version')).toMatchObject({ key: 'Ubuntu', env: { WSL_UTF8: '1' }, mutates: true });
    expect(v2.list.installed).toEqual([{ name: 'Ubuntu', state: 'Stopped', version: 2, isDefault: true }]);
    expect(v2.list.findings).toEqual([]);

    // Once converted there is nothing left to do: running it again changes nothing.
    expect((await svc.ensureV2()).steps).toEqual([]);
    expect(host.actions()).toEqual([['--set-version', 'Ubuntu', '2']]);
  });

  it('distro-wsl1: a backup before converting is wsl --export Ubuntu <file> into the exports folder', async () => {
    const { svc, host } = service('distro-wsl1');
    const exp = await svc.exportBackup('Ubuntu');
    expect(exp).toMatchObject({ ok: true, findings: [] });
    expect(exp.path).toBe('C:\\Users\\me\\AppData\\Local\\go-wsl-setup\\exports\\Ubuntu-20261126-120000.tar');
    expect(host.actions()).toEqual([['--export', 'Ubuntu', exp.path]]);
  });

  it('distro-default-v1: default version 1 is set to 2 first (wsl --set-default-version 2), so the install lands as WSL 2', async () => {
    const { svc, host } = service('distro-default-v1');
    const list = await svc.list();
    expect(list).toMatchObject({ installed: [], defaultVersion: 1 });
    expect([...list.findings].sort()).toEqual(['DEFAULT_VERSION_1', 'NO_DISTRO_INSTALLED']);

    const v2 = await svc.ensureV2();
    expect(v2.steps).toEqual([{ step: { action: 'set-default-version', finding: 'DEFAULT_VERSION_1' }, ok: true, exitCode: 0, findings: [] }]);
    expect(v2.list.defaultVersion).toBe(2);

    const r = await svc.install('Ubuntu-24.04');
    expect(r).toMatchObject({ outcome: 'installed', distro: { name: 'Ubuntu-24.04', version: 2 } });
    expect(host.actions()).toEqual([['--set-default-version', '2'], INSTALL]);
    expect((await svc.list()).findings).toEqual([]);
  });

  it('distro-default-v1: installed first, the distro is WSL 1; ensureV2 then sets the default and converts it, in that order', async () => {
    const { svc, host } = service('distro-default-v1');
    const r = await svc.install('Ubuntu-24.04');
    expect(r).toMatchObject({ outcome: 'installed', distro: { name: 'Ubuntu-24.04', version: 1 } });
    expect([...(await svc.list()).findings].sort()).toEqual(['DEFAULT_VERSION_1', 'DISTRO_IS_WSL1']);

    const v2 = await svc.ensureV2();
    expect(v2.steps.map((s) => [s.step, s.ok])).toEqual([
      [{ action: 'set-default-version', finding: 'DEFAULT_VERSION_1' }, true],
      [{ action: 'set-version', name: 'Ubuntu-24.04', finding: 'DISTRO_IS_WSL1' }, true],
    ]);
    expect(host.actions()).toEqual([INSTALL, ['--set-default-version', '2'], ['--set-version', 'Ubuntu-24.04', '2']]);
    expect(v2.list).toMatchObject({ defaultVersion: 2, findings: [], installed: [{ name: 'Ubuntu-24.04', version: 2 }] });
  });

  it('the first Linux user and the default-user preview run the real distro scripts as root inside the named distro', async () => {
    const { svc, host } = service('distro-none');
    await svc.install('Ubuntu-24.04');
    expect(await svc.createUser('Ubuntu-24.04', 'mei', 'correct horse battery')).toEqual({ status: 'created', username: 'mei', next: 'preview-default-user' });
    const create = host.specs.find((s) => s.id === 'distro.create-user');
    expect(create?.argv).toEqual([WSL, '-d', 'Ubuntu-24.04', '-u', 'root', '--exec', 'bash', '-s', '--', 'mei']);
    // The password travels on stdin after the script, never in argv.
    expect(create?.argv.join(' ')).not.toContain('correct horse');
    expect(String(create?.stdin)).toContain(loadDistroScript('distro-create-user.sh'));

    const preview = await svc.previewConfig({ kind: 'wslconf-user', distro: 'Ubuntu-24.04', username: 'mei' });
    // Ubuntu 24.04 ships /etc/wsl.conf with systemd on: that line stays, the [user] block is added.
    expect(preview).toMatchObject({ file: '/etc/wsl.conf (Ubuntu-24.04)', changed: true, refused: null, restart: { mode: 'terminate', distro: 'Ubuntu-24.04' } });
    const added = preview.diff.hunks.flatMap((h) => h.lines.filter((l) => l.op === 'add').map((l) => l.text));
    expect(added).toContain('default=mei');
    expect(preview.diff.removed).toBe(0);
    expect(host.specs.find((s) => s.id === 'distro.wslconf-read')?.argv).toEqual([WSL, '-d', 'Ubuntu-24.04', '-u', 'root', '--exec', 'bash', '-s', '--']);
  });
});

/** A TerminalService that keeps what captured sessions were shown, by title. */
function capturingTerminal(): TerminalService & { shown: Map<string, string> } {
  const shown = new Map<string, string>();
  let next = 0;
  return {
    shown,
    open: () => ({ sessionId: 'pty', title: 'pty' }),
    input: () => undefined,
    resize: () => undefined,
    ack: () => undefined,
    close: () => true,
    openCaptured: (title) => {
      const key = `${next++}:${title}`;
      shown.set(key, '');
      return { sessionId: key, write: (t) => void shown.set(key, (shown.get(key) ?? '') + t), end: () => undefined };
    },
    dispose: () => undefined,
  };
}

const ORIGIN = 'http://127.0.0.1:4321';
const SENDER: SenderContext = { transport: 'harness', isMainFrame: true, origin: ORIGIN, authenticated: true };

/** The distro.* channels behind the validating dispatcher, on the replay runtime the harness uses. */
function channels(id: MachineId) {
  let host: Recorded | null = null;
  const terminal = capturingTerminal();
  const events: { channel: string; payload: unknown }[] = [];
  const emit = (channel: string, payload: unknown) => void events.push({ channel, payload });
  const runtime: Runtime = createReplayRuntime({
    emit,
    terminal,
    machines: null,
    transcript: catalog.get(id),
    readOnly: false,
    shell: null,
    dataDir: scratch(),
    // The harness's replay host, made strict and without the demo's streaming delay.
    wrapHost: (replay) => (host = new Recorded(new ReplayHost(replay.transcript, { readOnly: false, maxReplayMs: 0, strict: true }))),
  });
  const d = createDispatcher(runtime, [ORIGIN]);
  const call = async (channel: string, payload: object): Promise<any> => {
    const env = (await d.invoke(SENDER, channel, payload, emit)) as { result?: unknown; error?: unknown };
    expect(env.error, `${channel}: ${JSON.stringify(env.error)}`).toBeUndefined();
    return env.result;
  };
  return { call, host: () => host as Recorded, terminal, events, invoke: (channel: string, payload: object) => d.invoke(SENDER, channel, payload, emit) };
}

describe('distro.* channels through createDispatcher on the replay runtime', () => {
  it('distro-web-download: distro.install answers both attempts; the Terminal showed the failed Store download, then the web download', async () => {
    const c = channels('distro-web-download');
    const list = await c.call('distro.list', {});
    expect(list.findings).toEqual(['NO_DISTRO_INSTALLED']);
    const r = await c.call('distro.install', { name: 'Ubuntu-24.04', taskId: 'install-1' });
    expect(r.outcome).toBe('installed');
    expect(r.attempts.map((a: { method: string }) => a.method)).toEqual(['store', 'web']);
    expect(c.host().actions()).toEqual([INSTALL, INSTALL_WEB]);
    const shown = [...c.terminal.shown.entries()].find(([k]) => k.endsWith('wsl --install -d Ubuntu-24.04'))?.[1] ?? '';
    expect(shown).toContain('Error code: Wsl/InstallDistro/ERROR_FILE_NOT_FOUND');
    expect(shown.indexOf('ERROR_FILE_NOT_FOUND')).toBeLessThan(shown.lastIndexOf('Distribution successfully installed'));
  });

  it('distro-exists: distro.install says "exists" and runs no --web-download', async () => {
    const c = channels('distro-exists');
    const rec = await c.call('distro.recommend', {});
    expect(rec.choice).toMatchObject({ action: 'reuse', name: 'Ubuntu-24.04' });
    const r = await c.call('distro.install', { name: 'Ubuntu-24.04' });
    expect(r).toMatchObject({ outcome: 'exists', distro: { name: 'Ubuntu-24.04' } });
    expect(c.host().count('wsl.install-distro-web')).toBe(0);
  });

  it('distro-wsl1: distro.ensureV2 converts Ubuntu with the exact argv and answers the re-detected list', async () => {
    const c = channels('distro-wsl1');
    const r = await c.call('distro.ensureV2', { only: ['Ubuntu'], taskId: 'v2-1' });
    expect(r.steps.map((s: { step: unknown; ok: boolean }) => [s.step, s.ok])).toEqual([[{ action: 'set-version', name: 'Ubuntu', finding: 'DISTRO_IS_WSL1' }, true]]);
    expect(c.host().specs.filter((s) => s.mutates).map((s) => s.argv)).toEqual([[WSL, '--set-version', 'Ubuntu', '2']]);
    expect(r.list.installed).toEqual([{ name: 'Ubuntu', state: 'Stopped', version: 2, isDefault: true }]);
  });

  it('distro-default-v1: distro.ensureV2 then distro.install give a WSL 2 distro; the argv are exactly these, in order', async () => {
    const c = channels('distro-default-v1');
    const v2 = await c.call('distro.ensureV2', {});
    expect(v2.steps.map((s: { step: { action: string } }) => s.step.action)).toEqual(['set-default-version']);
    const r = await c.call('distro.install', { name: 'Ubuntu-24.04' });
    expect(r.distro).toMatchObject({ name: 'Ubuntu-24.04', version: 2 });
    expect(c.host().specs.filter((s) => s.mutates).map((s) => s.argv)).toEqual([
      [WSL, '--set-default-version', '2'],
      [WSL, ...INSTALL],
    ]);
  });

  it('distro-none: a distro name that is not a plain token never reaches wsl.exe', async () => {
    const c = channels('distro-none');
    const env = (await c.invoke('distro.install', { name: 'Ubuntu-24.04 --web-download' })) as { error?: { code: string } };
    expect(env.error?.code).toBe('VALIDATION');
    expect(c.host()?.specs ?? []).toEqual([]);
  });
});
