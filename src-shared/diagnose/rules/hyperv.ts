import type { Context, Hit, Rule } from '../types';
import { hit } from './util';

/**
 * Virtualization: the most ambiguous corner. HCS_E_HYPERV_NOT_INSTALLED
 * (0x80370102) means "no hypervisor for the VM", which is firmware
 * virtualization off, the Virtual Machine Platform feature off, the
 * hypervisor not launching, or Windows itself in a VM. Facts settle it; when
 * we have none, the phase says which is most likely: a first install most
 * often meets firmware virtualization off (the aka.ms/enablevirtualization
 * case), converting a WSL1 distro means WSL2 never ran here (the feature is
 * missing), and a distro that already ran as WSL2 and now fails to start
 * points at the hypervisor no longer launching (another hypervisor, bcdedit).
 */
const VM_MODEL = /virtual machine|vmware|virtualbox|kvm|qemu|hvm domu|parallels|xen|bochs|standard pc \(|google compute|amazon ec2/i;
const VM_MAKER = /vmware|innotek|qemu|xen|parallels|red hat|nutanix/i;
const VM_PROSE =
  /\bWindows(?: \d+)?(?: \w+)? (?:guest|VM)\b|\b(?:inside|in) (?:a|the|my) (?:VM|virtual machine)\b|\brunning (?:Windows \S+ )?(?:in|on|under) (?:a |an )?(?:VirtualBox|VMware|KVM|QEMU|Proxmox|Parallels|Hyper-V VM)|\b(?:VirtualBox|VMware|KVM|QEMU|Proxmox|Parallels) (?:guest|VM)\b|\bNested Paging\b|ExposeVirtualizationExtensions/i;

export function inVirtualMachine(ctx: Context): string | null {
  const { model, manufacturer } = ctx.facts;
  if (model && VM_MODEL.test(model)) return `model=${model}`;
  if (manufacturer && VM_MAKER.test(manufacturer)) return `manufacturer=${manufacturer}`;
  const line = ctx.first(/^\s*(?:System Model|Systemmodell|Modèle du système|系统型号)\s*[:：]\s*(?:.*(?:Virtual Machine|VMware|VirtualBox|KVM|QEMU))/i);
  // The second clue is often the user's own words around the paste ("a Windows 10 guest", "inside a VM").
  // Only phrases that put Windows INSIDE a VM: "VirtualBox installed" alone is another hypervisor on the host.
  return line ?? ctx.first(VM_PROSE);
}

const off = (s: string | null | undefined): boolean => s === 'Disabled' || s === 'Absent' || s === 'DisablePending';

/** Facts decide when they can; returns null when they cannot. */
function settleByFacts(ctx: Context, code: string): Hit[] | null {
  const f = ctx.facts;
  const vm = inVirtualMachine(ctx);
  if (vm) return [hit('NESTED_VIRT_UNAVAILABLE', 0.92, code, vm), hit('VIRTUALIZATION_DISABLED', 0.4, code)];
  if (f.hypervisorLaunchOff) return [hit('HYPERVISOR_CONFLICT', 0.95, code, f.hypervisorLaunchOff)];
  if (f.hyperV.virtualizationEnabledInFirmware === false) {
    return [hit('VIRTUALIZATION_DISABLED', 0.95, code, f.hyperVEvidence.virtualizationEnabledInFirmware)];
  }
  if (off(f.vmpState)) return [hit('VMP_FEATURE_MISSING', 0.93, code, `VirtualMachinePlatform=${f.vmpState ?? ''}`)];
  const firmwareOn = f.hyperV.virtualizationEnabledInFirmware === true || f.hyperV.hypervisorDetected === true;
  if (firmwareOn && f.vmpState === 'Enabled') {
    return [hit('HYPERVISOR_CONFLICT', 0.9, code, f.hyperVEvidence.virtualizationEnabledInFirmware ?? f.hyperVEvidence.hypervisorDetected, 'VirtualMachinePlatform=Enabled')];
  }
  const req = f.hyperV;
  if (req.virtualizationEnabledInFirmware === true && req.vmMonitorModeExtensions === true && req.secondLevelAddressTranslation === true) {
    // All Hyper-V requirements "Yes" while WSL2 fails: the hypervisor is not launching.
    return [hit('HYPERVISOR_CONFLICT', 0.85, code, f.hyperVEvidence.virtualizationEnabledInFirmware), hit('VMP_FEATURE_MISSING', 0.6, code)];
  }
  return null;
}

function settleByPhase(ctx: Context, code: string, line: string): Hit[] {
  switch (ctx.phase) {
    case 'start':
      return [hit('HYPERVISOR_CONFLICT', 0.6, code, line), hit('VIRTUALIZATION_DISABLED', 0.55, code), hit('VMP_FEATURE_MISSING', 0.5, code)];
    case 'convert':
    case 'import':
      return [hit('VMP_FEATURE_MISSING', 0.62, code, line), hit('VIRTUALIZATION_DISABLED', 0.55, code), hit('HYPERVISOR_CONFLICT', 0.4, code)];
    default:
      return [hit('VIRTUALIZATION_DISABLED', 0.66, code, line), hit('VMP_FEATURE_MISSING', 0.56, code), hit('HYPERVISOR_CONFLICT', 0.4, code)];
  }
}

/** HCS_E_HYPERV_NOT_INSTALLED / 0x80370102, or its message without a code. */
const hypervNotInstalled: Rule = (ctx) => {
  const c = ctx.hasCode('0x80370102', 'HCS_E_HYPERV_NOT_INSTALLED');
  // The sentence is translated; the link and the locked `--install --no-distribution` it tells to run are not.
  const msg = ctx.first(/WSL ?2 is not supported with your current machine configuration|ensure virtualization is enabled in the BIOS|aka\.ms\/enablevirtualization|wsl(?:\.exe)? --install --no-distribution/i);
  if (!c && !msg) return [];
  // The same sentence accompanies HCS_E_SERVICE_NOT_AVAILABLE: that code's rule owns it then.
  if (!c && ctx.hasCode('0x80370114', 'HCS_E_SERVICE_NOT_AVAILABLE', '0x8004032d')) return [];
  const code = c?.raw ?? '';
  const line = c?.line ?? msg ?? '';
  const settled = settleByFacts(ctx, code || line) ?? settleByPhase(ctx, code || line, line);
  // Without a code the message alone is weaker evidence than a code.
  return c ? settled : settled.map((h) => ({ ...h, confidence: h.confidence - 0.05 }));
};

/** HCS_E_SERVICE_NOT_AVAILABLE / 0x80370114 / 0x8004032d: the VM platform itself is missing. */
const serviceNotAvailable: Rule = (ctx) => {
  const c = ctx.hasCode('0x80370114', 'HCS_E_SERVICE_NOT_AVAILABLE', '0x8004032d');
  const msg = ctx.first(/Please enable the Virtual Machine Platform|enable the "Virtual Machine Platform" optional component/i);
  if (!c && !msg) return [];
  if (ctx.hasCode('0x80370102', 'HCS_E_HYPERV_NOT_INSTALLED')) return [];
  const f = ctx.facts;
  const code = c?.raw ?? msg ?? '';
  const vm = inVirtualMachine(ctx);
  if (vm) return [hit('NESTED_VIRT_UNAVAILABLE', 0.85, code, vm), hit('VMP_FEATURE_MISSING', 0.6, code)];
  if (f.hyperV.virtualizationEnabledInFirmware === false) {
    return [hit('VIRTUALIZATION_DISABLED', 0.9, code, f.hyperVEvidence.virtualizationEnabledInFirmware), hit('VMP_FEATURE_MISSING', 0.6, code)];
  }
  return [hit('VMP_FEATURE_MISSING', c ? 0.9 : 0.7, code, c?.line ?? msg)];
};

/** A systeminfo / Get-ComputerInfo / CIM block pasted on its own. */
const firmwareFacts: Rule = (ctx) => {
  const f = ctx.facts;
  // With a hypervisor running, Windows reports firmware virtualization as off: not a finding.
  if (f.hyperV.hypervisorDetected === true) return [];
  if (f.hyperV.virtualizationEnabledInFirmware !== false) return [];
  const vm = inVirtualMachine(ctx);
  if (vm) return [hit('NESTED_VIRT_UNAVAILABLE', 0.88, vm, f.hyperVEvidence.virtualizationEnabledInFirmware)];
  return [hit('VIRTUALIZATION_DISABLED', 0.9, f.hyperVEvidence.virtualizationEnabledInFirmware)];
};

const launchTypeOff: Rule = (ctx) => (ctx.facts.hypervisorLaunchOff ? [hit('HYPERVISOR_CONFLICT', 0.8, ctx.facts.hypervisorLaunchOff)] : []);

const nestedPhrase: Rule = (ctx) => {
  const line = ctx.first(/nested virtuali[sz]ation is not supported|VT-x is not available|AMD-V is not available/i);
  if (!line) return [];
  // "Nested virtualization is not supported on this machine" is WSL refusing a .wslconfig setting.
  if (/\.wslconfig|nestedVirtualization/i.test(ctx.text)) return [hit('WSLCONFIG_INVALID', 0.75, line), hit('NESTED_VIRT_UNAVAILABLE', 0.6, line)];
  return [hit('NESTED_VIRT_UNAVAILABLE', 0.75, line)];
};

export const hypervRules: Rule[] = [hypervNotInstalled, serviceNotAvailable, firmwareFacts, launchTypeOff, nestedPhrase];
