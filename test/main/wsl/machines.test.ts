import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { runPreflight } from '../../../src-main/services/preflight';
import { FileResumeStore, getResume, clearResume, rebootNow, saveResume, setResumeStore } from '../../../src-main/services/resume';
import { installWsl, runFix } from '../../../src-main/services/wsl';
import type { Runtime } from '../../../src-main/ipc/runtime';
import type { WslActionResult } from '../../../src-shared/contract/wsl';
import { fakeRuntime } from '../ipc/fake-runtime';
import { INSTALLED_EXE, machineCatalog, useResumeMachines } from '../../support/resume-machine';

/**
 * The Install WSL step, the Preflight fixes, the restart and the resume, run
 * by the real services against the recorded machines (assets/machines). Each
 * machine proves one path; the expectations are what the services compute
 * from the machine's recorded answers.
 */
const catalog = machineCatalog;
const EXE = INSTALLED_EXE;
const resume = useResumeMachines('gws-wsl-test-');
const { machine } = resume;

const kinds = (r: WslActionResult) => r.attempts.map((a) => `${a.kind}:${a.ok ? 'ok' : 'failed'}`);
const ids = (r: WslActionResult) => r.findings.map((f) => f.id);
const check = (r: WslActionResult, id: string) => r.report?.checks.find((c) => c.id === id);

/** Restart the recorded machine the way the app does: save + RunOnce + shutdown, then a fresh start reads the state. */
async function restart(runtime: Runtime, host: ReplayHost, step: 'wsl' | 'preflight') {
  const r = await rebootNow(runtime, step, null, { exePath: EXE });
  expect(r).toMatchObject({ scheduled: true, delaySeconds: 5, resume: { runOnce: true, state: { step } } });
  expect(host.phase).toBe('rebooted');
  const resumed = await getResume(runtime);
  expect(resumed.state?.step).toBe(step);
  return resumed;
}

describe('Install WSL on the recorded machines', () => {
  it('win11-healthy: WSL is already there, nothing is installed and no restart is asked for', async () => {
    const { host, runtime } = machine('win11-healthy');
    const r = await installWsl(runtime);
    expect(r).toMatchObject({ outcome: 'done', attempts: [], reboot: { required: false } });
    expect(host.log.some((l) => l.id === 'wsl.install')).toBe(false);
  });

  it('win10-virt-off-zh: virtualization is off in the BIOS, so the machine is not touched', async () => {
    const { host, runtime } = machine('win10-virt-off-zh');
    const r = await installWsl(runtime);
    expect(r.outcome).toBe('failed');
    expect(r.attempts).toEqual([]);
    expect(ids(r)).toContain('VIRTUALIZATION_DISABLED');
    expect(host.log.every((l) => !l.id.startsWith('wsl.install'))).toBe(true);
  });

  it('win11-wsl-policy-blocked: group policy forbids WSL; nothing to force', async () => {
    const { host, runtime } = machine('win11-wsl-policy-blocked');
    const r = await installWsl(runtime);
    expect(r).toMatchObject({ outcome: 'failed', attempts: [] });
    expect(ids(r)).toEqual(['WSL_GPO_BLOCKED']);
    expect(host.log.map((l) => l.id)).not.toContain('wsl.install');
  });

  it('win11-uac-cancelled: a refused prompt changes nothing and says so; the retry installs and asks for a restart; the restart resumes at Install', async () => {
    const { host, runtime } = machine('win11-uac-cancelled');
    const denied = await installWsl(runtime);
    expect(denied.outcome).toBe('elevation-denied');
    expect(host.phase).toBe('start');
    expect(denied.report?.wsl.wslVersion).toBeNull();

    const retry = await installWsl(runtime);
    expect(kinds(retry)).toEqual(['install:ok']);
    expect(retry.outcome).toBe('reboot-required');
    expect(retry.reboot.reasons).toEqual(['wsl-installed']);
    expect(retry.report?.windows.rebootPending).toBe(true);

    await restart(runtime, host, 'wsl');
    const after = await installWsl(runtime);
    expect(after).toMatchObject({ outcome: 'done', attempts: [] });
    expect(after.report?.checks.filter((c) => c.status !== 'ok').map((c) => c.id)).toEqual(['distros']);
    expect(await clearResume(runtime)).toEqual({ state: null, runOnce: false });
    expect(host.log.map((l) => l.id)).toContain('system.resume-unregister');
  });

  it('win11-network-web-download: the Store download fails on the network (diagnosed), --web-download installs', async () => {
    const { host, runtime } = machine('win11-network-web-download');
    const r = await installWsl(runtime);
    expect(kinds(r)).toEqual(['install:failed', 'install-web:ok']);
    expect(r.attempts[0]!.findings[0]).toMatchObject({ id: 'WSL_DOWNLOAD_NETWORK', evidence: expect.arrayContaining(['0x80d02002']) });
    expect(r.attempts[1]!.command).toContain('--web-download');
    expect(r.outcome).toBe('reboot-required');
    await restart(runtime, host, 'wsl');
    const pf = await runPreflight(runtime);
    expect(pf.windows.rebootPending).toBe(false);
    expect(pf.wsl.wslVersion).toBe('2.7.8.0');
  });

  it('win10-inbox-legacy: the in-box wsl.exe answers --install with only its usage text, so DISM + the Store WSL MSI (never wsl --update)', async () => {
    const { host, runtime } = machine('win10-inbox-legacy');
    const r = await installWsl(runtime);
    expect(kinds(r)).toEqual(['install:failed', 'enable-features:ok', 'install-msi:ok']);
    expect(r.attempts[0]!.findings[0]).toMatchObject({ id: 'WSL_INBOX_LEGACY' });
    expect(host.log.map((l) => l.id)).not.toContain('wsl.update');
    expect(r.attempts[1]).toMatchObject({ exitCode: 3010, elevated: true });
    expect(r.reboot.reasons).toContain('features-enabled');
    expect(r.outcome).toBe('reboot-required');
    await restart(runtime, host, 'wsl');
    expect((await runPreflight(runtime)).checks.find((c) => c.id === 'default-version')?.status).toBe('ok');
  });

  it('win10-reboot-pending: restart first; after it the real state is detected again and WSL installs without another restart', async () => {
    const { host, runtime } = machine('win10-reboot-pending');
    const before = await runPreflight(runtime);
    expect(before.checks.find((c) => c.id === 'reboot-pending')).toMatchObject({ status: 'warn', fixAction: 'system.reboot' });
    await restart(runtime, host, 'wsl');
    const r = await installWsl(runtime);
    expect(kinds(r)).toEqual(['install:ok']);
    expect(r).toMatchObject({ outcome: 'done', reboot: { required: false, reasons: [] } });
    expect(check(r, 'wsl-installed')?.status).toBe('ok');
  });
});

describe('Preflight fixes on the recorded machines', () => {
  it('win10-kernel-missing: WSL 2 as default fails with 0x1bc (WSL_KERNEL_MISSING); wsl --update, then it works', async () => {
    const { runtime } = machine('win10-kernel-missing');
    const first = await runFix(runtime, 'wsl.set-default-version');
    expect(first.outcome).toBe('failed');
    expect(ids(first)).toEqual(['WSL_KERNEL_MISSING']);
    expect(check(first, 'default-version')?.status).toBe('warn');

    const update = await runFix(runtime, 'wsl.update');
    expect(kinds(update)).toEqual(['update:ok']);
    expect(update.outcome).toBe('done');
    expect(check(update, 'wsl-installed')?.status).toBe('ok');

    const again = await runFix(runtime, 'wsl.set-default-version');
    expect(again.outcome).toBe('done');
    expect(check(again, 'default-version')).toMatchObject({ status: 'ok', observed: { defaultVersion: 2 } });
  });

  it('win11-vmp-missing: one DISM run enables both features (exit 3010), a restart finishes it', async () => {
    const { host, runtime } = machine('win11-vmp-missing');
    const before = await runPreflight(runtime);
    expect(before.checks.find((c) => c.id === 'vmp-feature')).toMatchObject({ status: 'fail', fixAction: 'windows.enable-features' });
    const r = await runFix(runtime, 'windows.enable-features');
    expect(r).toMatchObject({ outcome: 'reboot-required', reboot: { required: true, reasons: ['features-enabled'] } });
    expect(check(r, 'reboot-pending')?.status).toBe('warn');
    await restart(runtime, host, 'preflight');
    const after = await runPreflight(runtime);
    expect(after.checks.find((c) => c.id === 'vmp-feature')?.status).toBe('ok');
    expect(after.checks.find((c) => c.id === 'virtualization')?.status).toBe('ok');
  });

  it('an action on a recorded machine that has no answer for it is said plainly, not diagnosed', async () => {
    const { runtime } = fakeRuntime(new ReplayHost(catalog.get('win11-healthy'), { readOnly: false, maxReplayMs: 0 }));
    await expect(runFix(runtime, 'windows.hypervisor-auto')).rejects.toMatchObject({ code: 'UNSUPPORTED', message: expect.stringContaining('windows.hypervisor-auto') });
  });
});

describe('resume state', () => {
  it('is written atomically, read back, scoped to its machine, and cleared', async () => {
    const { runtime } = machine('win11-uac-cancelled');
    const saved = await saveResume(runtime, 'wsl', 'wsl-installed', { exePath: EXE, now: () => new Date('2025-01-02T03:04:05Z') });
    expect(saved.state).toEqual({ version: 1, step: 'wsl', reason: 'wsl-installed', machine: 'win11-uac-cancelled', runOnce: true, savedAt: '2025-01-02T03:04:05.000Z' });
    expect(JSON.parse(await fs.readFile(path.join(resume.dir(), 'resume-state.json'), 'utf8'))).toEqual(saved.state);
    expect((await fs.readdir(resume.dir())).filter((n) => n.endsWith('.gws-tmp'))).toEqual([]);
    expect(await getResume(runtime)).toEqual(saved);

    // Another recorded machine does not resume a stranger's step.
    const other: Runtime = { ...runtime, currentMachine: () => ({ id: 'win11-healthy', title: { en: '', 'zh-CN': '' }, description: { en: '', 'zh-CN': '' } }) };
    setResumeStore(other, new FileResumeStore(resume.dir()));
    expect((await getResume(other)).state).toBeNull();

    await clearResume(runtime);
    expect((await getResume(runtime)).state).toBeNull();
  });

  it('a corrupt or foreign file means "nothing to resume", never a crash', async () => {
    const store = new FileResumeStore(resume.dir());
    await fs.writeFile(store.file, '{"version":1,"step":"rm -rf"');
    expect(await store.read()).toBeNull();
    await fs.writeFile(store.file, JSON.stringify({ version: 1, step: 'wsl', reason: null, machine: null, runOnce: false, savedAt: 'x', extra: 1 }));
    expect(await store.read()).toBeNull();
  });

  it('when Windows does not take the RunOnce entry, the saved state says so instead of pretending', async () => {
    // Not strict: a probe the machine lacks answers "not recorded" (exit 127), like a reg.exe that failed.
    const host = new ReplayHost(catalog.get('win11-healthy'), { readOnly: false, maxReplayMs: 0 });
    const { runtime } = fakeRuntime(host);
    setResumeStore(runtime, new FileResumeStore(resume.dir()));
    const saved = await saveResume(runtime, 'wsl', null, { exePath: EXE });
    expect(saved).toMatchObject({ runOnce: false, state: { step: 'wsl', runOnce: false, machine: null } });
  });
});
