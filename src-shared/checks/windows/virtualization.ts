import { blockingRebootReasons } from '../../parse/reboot-reasons';
import { check, type PreflightCheck } from '../types';

/** Hardware models Windows reports when it itself runs in a virtual machine. */
const VM_MODEL = /virtual machine|vmware|virtualbox|kvm|qemu|hvm domu|parallels|bochs/i;

/**
 * Firmware virtualization. A running hypervisor settles it: Windows then
 * reports VirtualizationFirmwareEnabled as False even though it is on, so
 * HypervisorPresent is read first (a classic false alarm in other tools).
 */
export const virtualization: PreflightCheck = {
  id: 'virtualization',
  evaluate({ windows: w }) {
    const observed = {
      hypervisorPresent: w.hypervisorPresent,
      virtualizationFirmwareEnabled: w.virtualizationFirmwareEnabled,
      model: w.model,
    };
    if (w.hypervisorPresent === true) return check(this.id, 'ok', observed);
    if (w.virtualizationFirmwareEnabled === false) {
      const inVm = w.model !== null && VM_MODEL.test(w.model);
      return check(this.id, 'fail', observed, inVm ? ['NESTED_VIRT_UNAVAILABLE'] : ['VIRTUALIZATION_DISABLED']);
    }
    if (w.virtualizationFirmwareEnabled === true) {
      // On, but no hypervisor running: fine before WSL is set up, a conflict once VMP is enabled.
      const vmpOn = w.features.virtualMachinePlatform === 'Enabled' && blockingRebootReasons(w.rebootPendingReasons).length === 0;
      return vmpOn ? check(this.id, 'warn', observed, ['HYPERVISOR_CONFLICT'], 'windows.hypervisor-auto') : check(this.id, 'ok', observed);
    }
    return check(this.id, 'unknown', observed);
  },
};
