import { describe, expect, it } from 'vitest';
import { footerAction } from '../../../src-renderer/components/footer/footer-action';
import type { StepState } from '../../../src-renderer/store/steps';

describe('footerAction: the footer right slot follows the step state', () => {
  it('offers the blue Next only when the step is done', () => {
    expect(footerAction('done', false)).toBe('next');
    for (const s of ['upcoming', 'attention', 'running'] as StepState[]) expect(footerAction(s, false)).toBe('skip');
  });

  it('offers nothing to press while blocked, and nothing past the last step', () => {
    expect(footerAction('blocked', false)).toBe('blocked');
    expect(footerAction('done', true)).toBe('end');
    expect(footerAction('blocked', true)).toBe('end');
  });
});
