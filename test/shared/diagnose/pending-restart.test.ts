import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src-shared/diagnose/index';

/**
 * A feature-missing code while a restart is pending: the restart is the
 * answer, unless firmware virtualization is reported off (a restart does not
 * fix that). Codes are Windows' documented HRESULTs; the facts are the
 * preflight's shape.
 */
const text = 'WslRegisterDistribution failed with error: 0x80370102\n';

describe('feature-missing errors before a pending restart', () => {
  it('without facts the code keeps its usual answer', () => {
    expect(diagnose(text)[0]?.id).not.toBe('WSL_REBOOT_PENDING');
  });

  it('with a restart pending, the restart comes first', () => {
    expect(diagnose({ text, facts: { windows: { rebootPending: true } } })[0]?.id).toBe('WSL_REBOOT_PENDING');
  });

  it('with the Virtual Machine Platform enabled but pending, the restart comes first', () => {
    expect(diagnose({ text, facts: { windows: { features: { virtualMachinePlatform: 'EnablePending', wsl: 'Enabled' } } } })[0]?.id).toBe('WSL_REBOOT_PENDING');
  });

  it('firmware virtualization off still wins over a pending restart', () => {
    expect(diagnose({ text, facts: { windows: { rebootPending: true, virtualizationFirmwareEnabled: false } } })[0]?.id).toBe('VIRTUALIZATION_DISABLED');
  });
});
