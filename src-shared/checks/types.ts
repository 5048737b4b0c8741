import type { Check, PreflightReport } from '../contract/preflight';

/**
 * What main re-detected about the restart the wizard last asked for: the
 * saved boot time against the current one, and the blocking reasons then.
 */
export interface RestartHistory {
  /** Windows really restarted since (its boot time changed). */
  readonly restarted: boolean;
  /** The blocking reasons (CBS, WindowsUpdate) Windows reported when the restart was asked for. */
  readonly reasonsBefore: readonly string[];
}

/** What a preflight check reads: the facts gathered in one pass (and, after a restart, what was true before it). */
export type PreflightFacts = Pick<PreflightReport, 'windows' | 'wsl'> & { readonly restart?: RestartHistory | null };

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
