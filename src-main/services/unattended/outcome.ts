import type { StepName } from '../../../src-shared/contract/steps';

/**
 * How an unattended run (`--unattended --preset FILE`) ends, and the exit code
 * for each ending (docs/preset.md has the table admins and winget read).
 */
export type UnattendedOutcome =
  | { kind: 'done'; distro: string; user: string; goVersion: string }
  /** Windows restarts now; the RunOnce entry starts the same unattended run again after sign-in. */
  | { kind: 'restart'; step: StepName; reason: string }
  /** A choice only a person may make (or one the preset leaves to them): which step, and why by catalog ID. */
  | { kind: 'needs-person'; step: StepName; catalogId: string; detail: string }
  | { kind: 'failed'; step: StepName; catalogId: string; detail: string };

export const EXIT_CODES = {
  done: 0,
  failed: 1,
  /** The preset is missing or invalid, or the command line is wrong: nothing ran. */
  invalid: 2,
  restart: 3,
  'needs-person': 4,
} as const;

export function exitCodeOf(outcome: UnattendedOutcome): number {
  return EXIT_CODES[outcome.kind];
}

/** The one line the log gets (and winget's log, via the exit code): plain ASCII, no secrets (catalog IDs and step names only). */
export function resultLine(outcome: UnattendedOutcome): string {
  switch (outcome.kind) {
    case 'done':
      return `RESULT done exit=0 distro=${outcome.distro} go=${outcome.goVersion}`;
    case 'restart':
      return `RESULT restart exit=3 step=${outcome.step} reason=${outcome.reason}`;
    case 'needs-person':
      return `RESULT needs-person exit=4 step=${outcome.step} id=${outcome.catalogId}`;
    case 'failed':
      return `RESULT failed exit=1 step=${outcome.step} id=${outcome.catalogId}`;
  }
}
