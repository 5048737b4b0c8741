import type { Check } from '../../contract/preflight';
import type { PreflightCheck, PreflightFacts } from '../types';
import { architecture } from './architecture';
import { diskSpace } from './disk-space';
import { vmpFeature, wslFeature } from './features';
import { policy } from './policy';
import { proxy } from './proxy';
import { rebootPending } from './reboot-pending';
import { virtualization } from './virtualization';
import { windowsBuild } from './windows-build';
import { defaultVersion, distros, wslInstalled } from './wsl-state';

/** In the order a person should read them: the machine first, then WSL. */
export const PREFLIGHT_CHECKS: readonly PreflightCheck[] = [
  windowsBuild,
  architecture,
  virtualization,
  vmpFeature,
  wslFeature,
  rebootPending,
  policy,
  diskSpace,
  proxy,
  wslInstalled,
  defaultVersion,
  distros,
];

export function evaluatePreflight(facts: PreflightFacts): Check[] {
  return PREFLIGHT_CHECKS.map((c) => c.evaluate(facts));
}
