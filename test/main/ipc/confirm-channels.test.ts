import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Confirmer } from '../../../src-main/ipc/confirmer';
import { createReplayRuntime } from '../../../src-main/app/replay-runtime';
import type { TerminalService } from '../../../src-main/ipc/runtime';
import { createHarnessConfirmer, TEST_CONFIRM_ENV } from '../../../src-main/harness/harness-confirmer';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { createDispatcher } from '../../../src-main/ipc/create-dispatcher';
import type { SenderContext } from '../../../src-main/ipc/dispatcher';
import { SpecLogHost } from '../../support/spec-log-host';
import { confirmDialog, type Confirmation } from '../../../src-shared/confirm';

/**
 * The four decisions only a person may make, through the real dispatcher on a
 * recorded machine: the page's old "yes" fields are refused, and what happens
 * depends only on main's confirmer (here a test double that records what it
 * was asked), never on the request.
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));
const root = mkdtempSync(path.join(os.tmpdir(), 'gws-confirm-ch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const ORIGIN = 'http://127.0.0.1:4321';
const SENDER: SenderContext = { transport: 'harness', isMainFrame: true, origin: ORIGIN, authenticated: true };

const terminal: TerminalService = {
  open: () => ({ sessionId: 'p', title: 'p' }),
  input: () => undefined,
  resize: () => undefined,
  ack: () => undefined,
  close: () => true,
  openCaptured: () => ({ sessionId: 'c', write: () => undefined, end: () => undefined }),
  dispose: () => undefined,
};

function session(machine: string, confirmer?: Confirmer) {
  let host: SpecLogHost | null = null;
  const runtime = createReplayRuntime({
    emit: () => undefined,
    terminal,
    machines: null,
    transcript: catalog.get(machine),
    readOnly: false,
    shell: null,
    dataDir: path.join(root, `s${n++}`),
    wrapHost: (replay) => (host = new SpecLogHost(new ReplayHost(replay.transcript, { readOnly: false, maxReplayMs: 0 }))),
  });
  if (confirmer) runtime.confirmer = confirmer;
  const d = createDispatcher(runtime, [ORIGIN]);
  const invoke = async (channel: string, payload: object) => (await d.invoke(SENDER, channel, payload, () => undefined)) as { result?: any; error?: { code: string } };
  return { invoke, host: () => host as SpecLogHost, runtime };
}

function person(answer: boolean) {
  const asked: Confirmation[] = [];
  const confirmer: Confirmer = {
    confirm: async (q) => {
      asked.push(q);
      return answer;
    },
    pickCertificate: async () => null,
    setLanguage: () => undefined,
  };
  return { asked, confirmer };
}

describe('main decides, the page cannot', () => {
  it('system.reboot: a page that sends confirm: true is refused; the restart happens only on main\'s yes', async () => {
    const no = person(false);
    const s = session('win10-reboot-pending', no.confirmer);
    expect((await s.invoke('system.reboot', { confirm: true, resumeAt: 'wsl', reason: null })).error?.code).toBe('VALIDATION');
    expect(no.asked).toEqual([]);
    const declined = await s.invoke('system.reboot', { resumeAt: 'wsl', reason: null });
    expect(declined.result).toMatchObject({ scheduled: false, declined: true, delaySeconds: 5 });
    expect(no.asked).toEqual([{ kind: 'reboot', delaySeconds: 5 }]);
    expect(s.host().mutated()).toEqual([]);

    const yes = person(true);
    const t = session('win10-reboot-pending', yes.confirmer);
    expect((await t.invoke('system.reboot', { resumeAt: 'wsl', reason: null })).result).toMatchObject({ scheduled: true, declined: false });
    expect(t.host().mutated()).toContain('system.reboot');
  });

  it('system.reboot into the UEFI settings: asked as its own question, and only a yes runs shutdown /r /fw', async () => {
    const no = person(false);
    const s = session('win10-reboot-pending', no.confirmer);
    const declined = await s.invoke('system.reboot', { resumeAt: 'preflight', reason: null, firmware: true });
    expect(declined.result).toMatchObject({ scheduled: false, declined: true, delaySeconds: 0 });
    expect(no.asked).toEqual([{ kind: 'rebootFirmware' }]);
    expect(s.host().mutated()).toEqual([]);
    expect(confirmDialog({ kind: 'rebootFirmware' }, 'zh-CN').accept).toBe('重启并进入 UEFI 设置');
    expect(confirmDialog({ kind: 'rebootFirmware' }, 'en').detail).toMatch(/save your work first/);

    const yes = person(true);
    const t = session('win10-reboot-pending', yes.confirmer);
    await t.invoke('system.reboot', { resumeAt: 'preflight', reason: null, firmware: true });
    expect(yes.asked).toEqual([{ kind: 'rebootFirmware' }]);
    // The resume entry first, then the firmware restart (not the plain one).
    expect(t.host().specs.filter((x) => x.mutates).map((x) => x.id)).toEqual(['system.resume-register', 'system.reboot-firmware']);
    expect(t.host().specs.find((x) => x.id === 'system.reboot-firmware')?.argv.slice(1)).toEqual(['/r', '/fw', '/t', '0']);
  });

  it('distro.unregister: the typed name and the old path fields are refused; main asks with the distro and main\'s own folder', async () => {
    const no = person(false);
    const s = session('distro-wsl1', no.confirmer);
    expect((await s.invoke('distro.unregister', { distro: 'Ubuntu', confirmName: 'Ubuntu', backup: {} })).error?.code).toBe('VALIDATION');
    expect((await s.invoke('distro.unregister', { distro: 'Ubuntu', backup: { path: 'D:\\evil.tar' } })).error?.code).toBe('VALIDATION');
    expect((await s.invoke('distro.exportBackup', { distro: 'Ubuntu', path: 'D:\\evil.tar' })).error?.code).toBe('VALIDATION');
    const r = await s.invoke('distro.unregister', { distro: 'Ubuntu', backup: {} });
    expect(r.result).toEqual({ unregistered: false, declined: true, backupPath: null, findings: [] });
    expect(no.asked).toEqual([{ kind: 'unregister', distro: 'Ubuntu', backup: { folder: path.win32.join(s.runtime.userProfileDir, 'Documents', 'go-wsl-setup-backups') } }]);
    expect(s.host().mutated()).toEqual([]);

    const yes = person(true);
    const t = session('distro-wsl1', yes.confirmer);
    const ok = await t.invoke('distro.unregister', { distro: 'Ubuntu', backup: {} });
    expect(ok.result).toMatchObject({ unregistered: true, declined: false, backupPath: expect.stringMatching(/\\Documents\\go-wsl-setup-backups\\Ubuntu-\d{8}-\d{6}\.tar$/) });
    expect(t.host().mutated()).toEqual(['wsl.export', 'wsl.unregister']);
  });

  it('distro.restart shutdown: only on main\'s yes; without any confirmer (a runtime that forgot the hook) it is refused', async () => {
    const no = person(false);
    const s = session('distro-exists', no.confirmer);
    expect((await s.invoke('distro.restart', { mode: 'shutdown' })).result).toEqual({ ok: false, declined: true });
    expect(no.asked).toEqual([{ kind: 'shutdown' }]);
    const bare = session('distro-exists');
    expect((await bare.invoke('distro.restart', { mode: 'shutdown' })).result).toEqual({ ok: false, declined: true });
    expect([...s.host().mutated(), ...bare.host().mutated()]).toEqual([]);
    const yes = person(true);
    const t = session('distro-exists', yes.confirmer);
    expect((await t.invoke('distro.restart', { mode: 'shutdown' })).result).toEqual({ ok: true, declined: false });
    expect(t.host().mutated()).toEqual(['wsl.shutdown']);
  });

  it('network.importCa: a certificate or path in the request is refused; with nothing picked in main\'s dialog nothing runs', async () => {
    const s = session('distro-exists', person(true).confirmer);
    const target = { distro: 'Ubuntu-24.04', user: 'mei' };
    expect((await s.invoke('network.importCa', { target, certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' })).error?.code).toBe('VALIDATION');
    expect((await s.invoke('network.importCa', { target })).result).toEqual({ outcome: 'cancelled', certificate: null, changes: [] });
    expect(s.host().specs).toEqual([]);
  });
});

describe('harness confirmer', () => {
  it('answers from the test\'s folder, logs the dialog in the current language, and picks the named file', async () => {
    const dir = mkdtempSync(path.join(root, 'dir-'));
    const c = createHarnessConfirmer({ [TEST_CONFIRM_ENV]: dir }, 'en', () => undefined);
    // No answer file: refused (a test that forgot to answer never deletes anything).
    expect(await c.confirm({ kind: 'shutdown' })).toBe(false);
    writeFileSync(path.join(dir, 'answer'), 'accept\n');
    c.setLanguage('zh-CN');
    expect(await c.confirm({ kind: 'reboot', delaySeconds: 5 })).toBe(true);
    const lines = readFileSync(path.join(dir, 'asked.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { question: { kind: 'shutdown' }, lang: 'en', dialog: confirmDialog({ kind: 'shutdown' }, 'en'), answer: false },
      { question: { kind: 'reboot', delaySeconds: 5 }, lang: 'zh-CN', dialog: confirmDialog({ kind: 'reboot', delaySeconds: 5 }, 'zh-CN'), answer: true },
    ]);
    expect(await c.pickCertificate()).toBeNull();
    writeFileSync(path.join(dir, 'ca.crt'), 'PEM');
    writeFileSync(path.join(dir, 'pick'), path.join(dir, 'ca.crt'));
    expect(await c.pickCertificate()).toEqual({ name: 'ca.crt', bytes: Buffer.from('PEM') });
  });

  it('without the test folder (the demo on a recorded machine) it accepts and says so, and has no file to pick', async () => {
    const said: string[] = [];
    const c = createHarnessConfirmer({}, 'en', (l) => said.push(l));
    expect(await c.confirm({ kind: 'unregister', distro: 'Ubuntu', backup: 'skip' })).toBe(true);
    expect(said).toEqual(['demo: confirmed without a dialog (recorded machine): Delete the WSL distro "Ubuntu" and everything in it?']);
    expect(await c.pickCertificate()).toBeNull();
  });
});

describe('dialog texts', () => {
  const questions: Confirmation[] = [
    { kind: 'unregister', distro: 'Ubuntu', backup: { folder: 'C:\\Users\\me\\Documents\\go-wsl-setup-backups' } },
    { kind: 'unregister', distro: 'Ubuntu', backup: 'skip' },
    { kind: 'reboot', delaySeconds: 5 },
    { kind: 'shutdown' },
    { kind: 'importCa', distro: 'Ubuntu', subject: 'CN=Corp Root', issuer: 'CN=Corp Root', fingerprint256: 'AB:CD', validTo: 'Jan 1 2030' },
  ];
  it.each(['en', 'zh-CN'] as const)('every question names its real parameters (%s)', (lang) => {
    for (const q of questions) {
      const d = confirmDialog(q, lang);
      for (const v of Object.values(d)) expect(v.length, `${q.kind} ${lang}`).toBeGreaterThan(0);
      const text = `${d.message}\n${d.detail}`;
      if (q.kind === 'unregister') expect(text).toContain('Ubuntu');
      if (q.kind === 'unregister' && q.backup !== 'skip') expect(text).toContain(q.backup.folder);
      if (q.kind === 'reboot') expect(text).toContain('5');
      if (q.kind === 'importCa') for (const v of [q.subject, q.issuer, q.fingerprint256, q.validTo, q.distro]) expect(text).toContain(v);
    }
    // Not the same words in both languages.
    expect(confirmDialog(questions[3]!, lang).message).toBe(lang === 'en' ? 'Stop every Linux distro now (wsl --shutdown)?' : '现在停止所有 Linux 发行版（wsl --shutdown）吗？');
  });
});
