import { STEP_IDS } from '../contract/steps';

/**
 * Which wizard step a recorded command belongs to, by its CommandSpec id.
 * (The step list is the contract's; a probe no rule claims is 'other'.)
 */
export const REPORT_STEPS = STEP_IDS;
export type ReportStep = (typeof REPORT_STEPS)[number] | 'other';

const RULES: readonly [RegExp, ReportStep][] = [
  [/^(win\.facts|wsl\.version|wsl\.status|wsl\.list-verbose)$/, 'preflight'],
  [/^(wsl\.|windows\.|system\.)/, 'wsl'],
  [/^distro\./, 'distro'],
  [/^net\.prove$/, 'verify'],
  [/^editor\./, 'editor'],
  [/^go\./, 'go'],
  [/^net\./, 'network'],
];

export function stepOfProbe(probe: string): ReportStep {
  for (const [re, step] of RULES) if (re.test(probe)) return step;
  return 'other';
}
