import type { StepId, StepState } from '../../store/steps';

/**
 * What the footer's right slot offers, from the current step's state alone,
 * so the footer can never disagree with the step list:
 * - next:    the step is done; moving on is the main action (the one blue button).
 * - skip:    the step is not done; the page's own next action is the main one
 *            (shown in this slot), and going on anyway is a plain secondary choice.
 * - blocked: an earlier failure only the user can fix stands; going on is not possible.
 * - end:     the last step; there is nowhere further to go.
 */
export type FooterAction = 'next' | 'skip' | 'blocked' | 'end';

export function footerAction(state: StepState, isLast: boolean): FooterAction {
  if (isLast) return 'end';
  if (state === 'blocked') return 'blocked';
  if (state === 'done') return 'next';
  return 'skip';
}

/** Whether the slot shows the page's own action (otherwise the page shows it, as a secondary button). */
export function slotTakesPageAction(state: StepState, isLast: boolean): boolean {
  return footerAction(state, isLast) === 'skip';
}

/** The optional step: it never holds a later one back, so it is never where the user is sent. */
const OPTIONAL: ReadonlySet<StepId> = new Set<StepId>(['editor']);

/**
 * Where the user has to go first when this step has nothing to press: the
 * first earlier step that is not done (a blocked step's cause, a missing
 * distro, Go not installed). Null when every earlier step is done.
 */
export function earlierStepToFinish(order: readonly StepId[], states: Record<StepId, StepState>, current: StepId): StepId | null {
  for (const id of order) {
    if (id === current) return null;
    if (!OPTIONAL.has(id) && states[id] !== 'done') return id;
  }
  return null;
}
