import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import { BackupStore } from '../../../src-main/files';
import { DistroService } from '../../../src-main/services/distro';
import type { CommandSpec } from '../../../src-main/host/types';
import type { Confirmation } from '../../../src-shared/confirm';
import { FakeHost, list, ONLINE, STATUS_V1, STATUS_V2, type Canned } from './fake-host';

const WSL = 'C:\\Windows\\System32\\wsl.exe';
const root = mkdtempSync(path.join(os.tmpdir(), 'gws-distro-svc-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** What main's confirmer was asked, and its answer (the test plays the person). */
type Asked = Confirmation[];
function service(answer: (spec: CommandSpec) => Canned, opts: { readOnly?: boolean; build?: number; wsl?: string | null; confirm?: boolean | null } = {}) {
  const asked: Asked = [];
  const dir = path.join(root, `s${n++}`);
  mkdirSync(dir, { recursive: true });
  const host = new FakeHost(answer, opts.readOnly ?? false);
  const svc = new DistroService({
    host,
    backups: new BackupStore(path.join(dir, 'backups')),
    scripts: (name) => `#!/usr/bin/env bash\n# ${name}\nmain() { :; }\nmain "$@"; exit "$?"\n`,
    userProfileDir: dir,
    exportDir: 'C:\\Users\\me\\AppData\\Local\\go-wsl-setup\\backups',
    machine: async () => ({ windowsBuild: opts.build ?? 22631, wslVersion: opts.wsl === undefined ? '2.3.26.0' : opts.wsl }),
    now: () => new Date('2025-06-01T10:20:30Z'),
    // null: no confirmer at all (the service must then refuse).
    ...(opts.confirm === null
      ? {}
      : {
          confirm: async (q: Confirmation) => {
            asked.push(q);
            return opts.confirm ?? true;
          },
        }),
  });
  return { svc, host, dir, asked };
}

/** Answers the read-only probes the service re-runs after actions. */
function probes(spec: CommandSpec, installed: Canned = list('* Ubuntu-24.04    Stopped         2'), status: Canned = STATUS_V2): Canned | null {
  if (spec.id === 'wsl.list-verbose') return installed;
  if (spec.id === 'wsl.status') return status;
  if (spec.id === 'wsl.list-online') return ONLINE;
  return null;
}

describe('DistroService: install', () => {
  it('falls back to --web-download after a network failure, with exact argv, and re-detects the distro', async () => {
    const { svc, host } = service((spec) => {
      if (spec.id === 'wsl.install-distro') return { exitCode: 1, stdout: "Failed to fetch the list distribution from '...'. The operation timed out\nError code: Wsl/InstallDistro/0x80072ee2\n" };
      return probes(spec) ?? {};
    });
    const r = await svc.install('Ubuntu-24.04');
    expect(r.outcome).toBe('installed');
    expect(r.attempts.map((a) => [a.method, a.findings])).toEqual([
      ['store', ['WSL_DOWNLOAD_NETWORK']],
      ['web', []],
    ]);
    const store = host.specs.find((s) => s.id === 'wsl.install-distro');
    const web = host.specs.find((s) => s.id === 'wsl.install-distro-web');
    expect(store?.argv).toEqual([WSL, '--install', '-d', 'Ubuntu-24.04', '--no-launch']);
    expect(web?.argv).toEqual([WSL, '--install', '-d', 'Ubuntu-24.04', '--no-launch', '--web-download']);
    expect(store?.env).toEqual({ WSL_UTF8: '1' });
    expect(store?.decode).toBe('auto');
    expect(store?.key).toBe('Ubuntu-24.04');
    expect(r.distro?.name).toBe('Ubuntu-24.04');
  });

  it('stops at DISTRO_ALREADY_EXISTS (no second download) and reports it', async () => {
    const { svc, host } = service((spec) =>
      spec.id === 'wsl.install-distro' ? { exitCode: 1, stdout: 'A distribution with the supplied name already exists.\nError code: Wsl/InstallDistro/ERROR_ALREADY_EXISTS\n' } : (probes(spec) ?? {}),
    );
    const r = await svc.install('Ubuntu-24.04');
    expect(r.outcome).toBe('exists');
    expect(host.ids()).not.toContain('wsl.install-distro-web:Ubuntu-24.04');
  });

  it('says failed when the exit code is 0 but the distro does not show up in `wsl -l -v`', async () => {
    const { svc } = service((spec) => probes(spec, list('* Debian    Stopped    2')) ?? {});
    expect((await svc.install('Ubuntu-24.04')).outcome).toBe('failed');
  });

  it('refuses to act on a read-only (replayed) machine', async () => {
    const { svc, host } = service(() => ({}), { readOnly: true });
    await expect(svc.install('Ubuntu-24.04')).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(host.specs).toEqual([]);
  });
});

describe('DistroService: WSL 2', () => {
  it('sets the default version, then converts each WSL 1 distro', async () => {
    const { svc, host } = service((spec) => probes(spec, list('* Ubuntu    Stopped         1'), STATUS_V1) ?? {});
    const r = await svc.ensureV2();
    expect(r.steps.map((s) => [s.step.action, s.ok])).toEqual([
      ['set-default-version', true],
      ['set-version', true],
    ]);
    expect(host.specs.filter((s) => s.mutates).map((s) => s.argv)).toEqual([
      [WSL, '--set-default-version', '2'],
      [WSL, '--set-version', 'Ubuntu', '2'],
    ]);
  });
});

describe('DistroService: create user', () => {
  it('sends the password only on stdin, after the script, never in argv', async () => {
    const password = `p$(reboot)\`id\`;'"$env:PATH ü 密码`;
    const { svc, host } = service((spec) => (spec.id === 'distro.create-user' ? { stdout: 'GWS-RESULT created\n' } : {}));
    const r = await svc.createUser('Ubuntu-24.04', 'gopher', password);
    expect(r).toEqual({ status: 'created', username: 'gopher', next: 'preview-default-user' });
    const spec = host.specs[0] as CommandSpec;
    expect(spec.argv).toEqual([WSL, '-d', 'Ubuntu-24.04', '-u', 'root', '--exec', 'bash', '-s', '--', 'gopher']);
    expect(spec.argv.join(' ')).not.toContain('reboot');
    expect(JSON.stringify(spec.distro)).not.toContain('reboot');
    expect(spec.stdin).toMatch(/main "\$@"; exit "\$\?"\n/);
    expect((spec.stdin as string).endsWith(`\n${password}\n`)).toBe(true);
  });

  it.each(['root', 'Gopher', 'a;reboot', '$(id)', '-rf', 'x'.repeat(40)])('refuses user name %j before running anything', async (name) => {
    const { svc, host } = service(() => ({}));
    await expect(svc.createUser('Ubuntu-24.04', name, 'secret-password')).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(host.specs).toEqual([]);
  });

  it.each(['two\nlines', 'nul\u0000', ''])('refuses password %j before running anything', async (pw) => {
    const { svc, host } = service(() => ({}));
    await expect(svc.createUser('Ubuntu-24.04', 'gopher', pw)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(host.specs).toEqual([]);
  });

  it('a script failure becomes HOST_FAILED whose details carry no password', async () => {
    const { svc } = service(() => ({ exitCode: 7, stdout: 'GWS-RESULT chpasswd-failed\n', stderr: 'BAD PASSWORD: it is too simplistic\n' }));
    const err = (await svc.createUser('Ubuntu-24.04', 'gopher', 'hunter2-secret').catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('HOST_FAILED');
    expect(JSON.stringify(err.details)).not.toContain('hunter2-secret');
  });
});

describe('DistroService: export and unregister', () => {
  it('asks main (distro name, backup folder) and deletes nothing when the person says no', async () => {
    const { svc, host, asked } = service((spec) => probes(spec) ?? {}, { confirm: false });
    const r = await svc.unregister('Ubuntu-24.04', {});
    expect(r).toEqual({ unregistered: false, declined: true, backupPath: null, findings: [] });
    expect(asked).toEqual([{ kind: 'unregister', distro: 'Ubuntu-24.04', backup: { folder: 'C:\\Users\\me\\AppData\\Local\\go-wsl-setup\\backups' } }]);
    expect(host.specs.filter((x) => x.mutates)).toEqual([]);
  });

  it.each(['-d', '--shutdown', 'a b', '$(reboot)', 'x'.repeat(65)])('refuses the distro name %j before asking or running anything', async (name) => {
    const { svc, host, asked } = service((spec) => probes(spec) ?? {});
    await expect(svc.unregister(name, { skip: true })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(svc.exportBackup(name)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(svc.restart('terminate', name)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(asked).toEqual([]);
    expect(host.specs).toEqual([]);
  });

  it('without a confirmer nothing is deleted (fails closed)', async () => {
    const { svc, host } = service((spec) => probes(spec) ?? {}, { confirm: null });
    expect((await svc.unregister('Ubuntu-24.04', { skip: true })).declined).toBe(true);
    expect(host.specs.filter((x) => x.mutates)).toEqual([]);
  });

  it('exports first by default and does not unregister when the export fails', async () => {
    const { svc, host } = service((spec) => (spec.id === 'wsl.export' ? { exitCode: 1, stdout: 'There is not enough space on the disk.\nError code: Wsl/0x80070070\n' } : (probes(spec) ?? {})));
    await expect(svc.unregister('Ubuntu-24.04', {})).rejects.toMatchObject({ code: 'HOST_FAILED' });
    expect(host.ids()).toContain('wsl.export:Ubuntu-24.04');
    expect(host.ids()).not.toContain('wsl.unregister:Ubuntu-24.04');
  });

  it('export then unregister, with a default backup path', async () => {
    const { svc, host } = service((spec) => probes(spec) ?? {});
    const r = await svc.unregister('Ubuntu-24.04', {});
    expect(r).toEqual({ unregistered: true, declined: false, backupPath: 'C:\\Users\\me\\AppData\\Local\\go-wsl-setup\\backups\\Ubuntu-24.04-20250601-102030.tar', findings: [] });
    const mutating = host.specs.filter((s) => s.mutates).map((s) => s.argv);
    expect(mutating).toEqual([
      [WSL, '--export', 'Ubuntu-24.04', 'C:\\Users\\me\\AppData\\Local\\go-wsl-setup\\backups\\Ubuntu-24.04-20250601-102030.tar'],
      [WSL, '--unregister', 'Ubuntu-24.04'],
    ]);
  });

  it('an explicit skip unregisters without export; an unknown distro is NOT_FOUND', async () => {
    const { svc, host, asked } = service((spec) => probes(spec) ?? {});
    expect((await svc.unregister('Ubuntu-24.04', { skip: true })).backupPath).toBeNull();
    // The dialog said no backup would be made.
    expect(asked).toEqual([{ kind: 'unregister', distro: 'Ubuntu-24.04', backup: 'skip' }]);
    expect(host.ids()).not.toContain('wsl.export:Ubuntu-24.04');
    await expect(svc.unregister('Nope', { skip: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('DistroService: .wslconfig', () => {
  it('previews a diff, applies exactly it, restarts only when asked, and undo restores the bytes', async () => {
    const { svc, host, dir, asked } = service(() => ({}));
    const file = path.join(dir, '.wslconfig');
    const original = '# my settings\r\n[wsl2]\r\nmemory=8GB\r\n';
    writeFileSync(file, original);
    const target = { kind: 'wslconfig' as const, choices: { mirrored: true, dnsTunneling: true, autoProxy: true } };
    const p = await svc.previewConfig(target);
    expect(p.changed).toBe(true);
    expect(p.restart).toEqual({ mode: 'shutdown', distro: null });
    expect(p.diff.hunks[0]?.lines.filter((l) => l.op === 'add').map((l) => l.text)).toContain('networkingMode=mirrored');
    const a = await svc.applyConfig(target, p.beforeSha256, p.afterSha256, false);
    expect(a.changed).toBe(true);
    expect(a.restarted).toBe(false);
    expect(host.specs).toEqual([]);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith(original)).toBe(true);
    expect(written).toContain('[wsl2]\r\nnetworkingMode=mirrored\r\ndnsTunneling=true\r\nautoProxy=true\r\n');
    // Applying the same again changes nothing.
    const p2 = await svc.previewConfig(target);
    expect(p2.changed).toBe(false);
    await svc.undoConfig(a.undoId as string, true);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(host.specs.map((s) => s.argv)).toEqual([[WSL, '--shutdown']]);
    expect(asked).toEqual([{ kind: 'shutdown' }]);
    expect((await svc.changes()).changes[0]).toMatchObject({ id: a.undoId, state: 'undone', label: 'distro.change.wslconfig' });
  });

  it('a WSL shutdown needs the person\'s yes in main: declined, the change stays and WSL keeps running', async () => {
    const { svc, host, dir, asked } = service(() => ({}), { confirm: false });
    writeFileSync(path.join(dir, '.wslconfig'), '[wsl2]\r\n');
    const target = { kind: 'wslconfig' as const, choices: { mirrored: true, dnsTunneling: false, autoProxy: false } };
    const p = await svc.previewConfig(target);
    const a = await svc.applyConfig(target, p.beforeSha256, p.afterSha256, true);
    expect(a).toMatchObject({ changed: true, restarted: false, restartDeclined: true });
    expect(await svc.restart('shutdown')).toEqual({ ok: false, declined: true });
    expect(asked).toEqual([{ kind: 'shutdown' }, { kind: 'shutdown' }]);
    expect(host.specs).toEqual([]);
    // terminate (one distro) is the page's request, not asked.
    expect(await svc.restart('terminate', 'Ubuntu-24.04')).toEqual({ ok: true, declined: false });
    expect(asked).toHaveLength(2);
  });

  it('gives NAT guidance and writes nothing on Windows 10', async () => {
    const { svc } = service(() => ({}), { build: 19045 });
    const p = await svc.previewConfig({ kind: 'wslconfig', choices: { mirrored: true, dnsTunneling: true, autoProxy: true } });
    expect(p.changed).toBe(false);
    expect(p.advice.map((x) => x.key)).toEqual(['distro.advice.natGuidance']);
  });

  it('refuses to apply when the file changed after the preview, and refuses a UTF-16 file outright', async () => {
    const { svc, dir } = service(() => ({}));
    const file = path.join(dir, '.wslconfig');
    writeFileSync(file, '[wsl2]\n');
    const target = { kind: 'wslconfig' as const, choices: { mirrored: true, dnsTunneling: false, autoProxy: false } };
    const p = await svc.previewConfig(target);
    writeFileSync(file, '[wsl2]\nmemory=4GB\n');
    await expect(svc.applyConfig(target, p.beforeSha256, p.afterSha256, false)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(readFileSync(file, 'utf8')).toBe('[wsl2]\nmemory=4GB\n');
    writeFileSync(file, Buffer.from('\ufeff[wsl2]\r\n', 'utf16le'));
    const q = await svc.previewConfig(target);
    expect(q.refused?.key).toBe('distro.config.refused.encoding');
  });
});
