import type { Rule } from '../types';
import { hit } from './util';

/**
 * The neighbour that needs a second clue (issue #14, class 4): "the feature
 * is missing" errors (no hypervisor for the VM, the optional component not
 * enabled, no kernel) are exactly what Windows says between enabling a
 * feature and the restart that completes it. When the same paste, or the
 * machine's facts, say a restart is still pending, the restart is the answer
 * and enabling the feature again would be wrong advice. Firmware
 * virtualization reported off is not something a restart fixes, so that
 * fact keeps its own, higher-confidence answer (hyperv.ts).
 */
const FEATURE_MISSING_CODES = ['0x80370102', 'HCS_E_HYPERV_NOT_INSTALLED', '0x80370114', 'HCS_E_SERVICE_NOT_AVAILABLE', '0x8004032d', '0x8007019e', 'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED', '0x800701bc'];

export const pendingRestart: Rule = (ctx) => {
  const missing = ctx.hasCode(...FEATURE_MISSING_CODES);
  if (!missing) return [];
  const f = ctx.facts;
  const pendingFeature = [f.vmpState, f.wslFeatureState].some((s) => s === 'EnablePending');
  if (pendingFeature) return [hit('WSL_REBOOT_PENDING', 0.94, missing.line, 'feature state=EnablePending')];
  if (f.rebootPending === true) return [hit('WSL_REBOOT_PENDING', 0.92, missing.line, 'rebootPending=true')];
  return [];
};
