import type { StepState } from '../../store/steps';

/**
 * What the footer's right slot offers, from the current step's state alone,
 * so the footer can never disagree with the step list:
 * - next:    the step is done; moving on is the main action (the one blue button).
 * - skip:    the step is not done; the page's own action is the main one, and
 *            going on anyway is a visible but secondary choice.
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
