import { describe, expect, it } from 'vitest';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { parseWindowsFactsJson } from '../../../src-shared/parse/windows-facts';
import { evaluatePreflight } from '../../../src-shared/checks/windows';
import { rebootPending, restartDemanded } from '../../../src-shared/checks/windows/reboot-pending';
import type { RestartHistory } from '../../../src-shared/checks/types';

/**
 * The restart loop (issue #12 point 1): PendingFileRenameOperations alone never
 * demands a restart (chocolatey/choco#1768), CBS / Windows Update do, and the
 * same reason still there after a real restart lets the user go on.
 */
const wsl: PreflightReport['wsl'] = { present: true, wslVersion: null, kernelVersion: null, defaultVersion: null, defaultDistro: null, distros: [], legacyInbox: null };

/** Facts as the facts script prints them, through the real parser. */
function facts(json: Record<string, unknown>) {
  return parseWindowsFactsJson(JSON.stringify({ schema: 1, build: '22631', ubr: 4460, ...json }));
}

const run = (w: ReturnType<typeof facts>, restart: RestartHistory | null = null) => rebootPending.evaluate({ windows: w, wsl, restart });

describe('reboot-pending check', () => {
  it('a pending file rename alone is information: ok, no restart asked, even when an older script said rebootPending=true', () => {
    for (const json of [
      { rebootPending: true, rebootPendingReasons: ['PendingFileRename'] },
      { rebootPending: false, rebootPendingReasons: ['PendingFileRename'] },
    ]) {
      const c = run(facts(json));
      expect(c).toMatchObject({ status: 'ok', findings: ['WIN_PENDING_FILE_RENAME'], fixAction: null });
      expect(restartDemanded([c])).toBe(false);
    }
  });

  it('CBS and Windows Update demand a restart', () => {
    for (const reasons of [['CBS'], ['WindowsUpdate'], ['CBS', 'PendingFileRename']]) {
      const c = run(facts({ rebootPending: true, rebootPendingReasons: reasons }));
      expect(c).toMatchObject({ status: 'warn', findings: ['WSL_REBOOT_PENDING'], fixAction: 'system.reboot' });
      expect(restartDemanded([c])).toBe(true);
    }
  });

  it('the same reason after a real restart: the user goes on, with an explanation', () => {
    const w = facts({ rebootPending: true, rebootPendingReasons: ['CBS', 'PendingFileRename'] });
    const c = run(w, { restarted: true, reasonsBefore: ['CBS'] });
    expect(c).toMatchObject({ status: 'warn', findings: ['WIN_REBOOT_PERSISTS'], fixAction: null, observed: { afterRestart: true } });
    expect(restartDemanded([c])).toBe(false);
  });

  it('no real restart (same boot), or a new reason after it: the restart is still asked for', () => {
    const w = facts({ rebootPending: true, rebootPendingReasons: ['CBS', 'WindowsUpdate'] });
    expect(run(w, { restarted: false, reasonsBefore: ['CBS', 'WindowsUpdate'] }).fixAction).toBe('system.reboot');
    expect(run(w, { restarted: true, reasonsBefore: ['CBS'] }).fixAction).toBe('system.reboot');
    expect(run(w, { restarted: true, reasonsBefore: [] }).fixAction).toBe('system.reboot');
  });

  it('nothing known is unknown; nothing pending is ok without findings', () => {
    expect(run(facts({})).status).toBe('unknown');
    expect(run(facts({ rebootPending: false, rebootPendingReasons: [] }))).toMatchObject({ status: 'ok', findings: [] });
  });

  it('a file rename does not hide a hypervisor that should be running (the virtualization check ignores it)', () => {
    const w = facts({
      rebootPending: true,
      rebootPendingReasons: ['PendingFileRename'],
      virtualizationFirmwareEnabled: true,
      hypervisorPresent: false,
      features: { virtualMachinePlatform: 1, wsl: 1 },
    });
    const virt = evaluatePreflight({ windows: w, wsl }).find((c) => c.id === 'virtualization');
    expect(virt).toMatchObject({ status: 'warn', findings: ['HYPERVISOR_CONFLICT'] });
  });
});
