import type { Check, PreflightReport } from '../contract/preflight';

/** What a preflight check reads: the facts gathered in one pass. */
export type PreflightFacts = Pick<PreflightReport, 'windows' | 'wsl'>;

/**
 * One check per file (the Podman Desktop habit): each says what it looked at
 * (observed), what it found (status + catalog IDs), and what fixes it.
 */
export interface PreflightCheck {
  readonly id: string;
  evaluate(facts: PreflightFacts): Check;
}

export function check(id: string, status: Check['status'], observed: Check['observed'], findings: string[] = [], fixAction: string | null = null): Check {
  return { id, status, observed, findings, fixAction };
}
