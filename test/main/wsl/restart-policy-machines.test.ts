import { describe, expect, it } from 'vitest';
import { runPreflight } from '../../../src-main/services/preflight';
import { clearResume, getResume, rebootNow } from '../../../src-main/services/resume';
import { installWsl } from '../../../src-main/services/wsl';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { INSTALLED_EXE, useResumeMachines } from '../../support/resume-machine';

/**
 * Issue #12 points 1 and 2 on recorded machines, through the real services:
 * a pending file rename never demands a restart; a CBS restart reason that
 * survives the restart the wizard asked for (new boot time) lets the user go
 * on; WSL's own policies under HKLM\SOFTWARE\Policies\WSL decide a block.
 */
const { machine } = useResumeMachines('gws-winreal-');
const EXE = INSTALLED_EXE;

const byId = (r: PreflightReport, id: string) => r.checks.find((c) => c.id === id);

describe('restart reasons on recorded machines', () => {
  it('win11-file-rename-only: information only; install runs and no restart is asked for', async () => {
    const { runtime } = machine('win11-file-rename-only');
    const before = await runPreflight(runtime);
    expect(before.windows.rebootPending).toBe(false);
    expect(byId(before, 'reboot-pending')).toMatchObject({ status: 'ok', findings: ['WIN_PENDING_FILE_RENAME'], fixAction: null });
    const r = await installWsl(runtime);
    expect(r.attempts.map((a) => `${a.kind}:${a.ok}`)).toEqual(['install:true']);
    expect(r).toMatchObject({ outcome: 'done', reboot: { required: false, reasons: [] } });
  });

  it('win11-reboot-loop: restart asked once; after a real restart with the same CBS reason the user goes on and installs', async () => {
    const { host, runtime } = machine('win11-reboot-loop');
    const first = await runPreflight(runtime);
    expect(byId(first, 'reboot-pending')).toMatchObject({ status: 'warn', findings: ['WSL_REBOOT_PENDING'], fixAction: 'system.reboot' });
    await rebootNow(runtime, 'wsl', 'windows-pending', { exePath: EXE });
    expect(host.phase).toBe('rebooted');
    expect((await getResume(runtime)).state).toMatchObject({ bootUtc: '2026-11-30T08:12:40.5000000Z', rebootReasons: ['CBS'] });
    const after = await runPreflight(runtime);
    expect(after.windows.rebootPending).toBe(true);
    expect(byId(after, 'reboot-pending')).toMatchObject({ status: 'warn', findings: ['WIN_REBOOT_PERSISTS'], fixAction: null });
    // The page clears the resume state once no restart is demanded; the proven restart still holds for this boot.
    await clearResume(runtime);
    const r = await installWsl(runtime);
    expect(r).toMatchObject({ outcome: 'done', reboot: { required: false } });
  });

  it('win11-reboot-loop: reloading the app without restarting Windows (same boot) still asks for the restart', async () => {
    const { runtime } = machine('win11-reboot-loop');
    await runPreflight(runtime);
    const { saveResume } = await import('../../../src-main/services/resume');
    await saveResume(runtime, 'wsl', 'windows-pending', { exePath: EXE });
    const again = await runPreflight(runtime);
    expect(byId(again, 'reboot-pending')?.fixAction).toBe('system.reboot');
  });
});

describe('WSL group policies on recorded machines', () => {
  it('win11-wsl-policy-blocked: AllowWSL=0 under Policies\\WSL blocks, and the install is not tried', async () => {
    const { host, runtime } = machine('win11-wsl-policy-blocked');
    const report = await runPreflight(runtime);
    expect(report.windows.wslPolicies).toEqual({ AllowWSL: 0 });
    expect(byId(report, 'wsl-policy')).toMatchObject({ status: 'fail', findings: ['WSL_GPO_BLOCKED'], observed: { AllowWSL: 0 } });
    const r = await installWsl(runtime);
    expect(r).toMatchObject({ outcome: 'failed', attempts: [] });
    expect(host.log.map((l) => l.id)).not.toContain('wsl.install');
  });

  it("win11-company-inbox-off: Microsoft's recommended policies are explained, not a block; the Store WSL installs", async () => {
    const { runtime } = machine('win11-company-inbox-off');
    const report = await runPreflight(runtime);
    expect(byId(report, 'wsl-policy')).toMatchObject({
      status: 'ok',
      findings: ['WSL_GPO_INBOX_ONLY', 'WSL_GPO_WSL1_OFF', 'WSL_GPO_NETWORKING_LOCKED', 'WSL_GPO_SETTINGS_RESTRICTED'],
      observed: { AllowInboxWSL: 0, AllowNetworkingModeUserSetting: 0 },
    });
    const r = await installWsl(runtime);
    expect(r.attempts.map((a) => a.kind)).toEqual(['install']);
    expect(r.outcome).toBe('done');
  });
});
