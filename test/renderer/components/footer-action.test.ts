import { describe, expect, it } from 'vitest';
import { earlierStepToFinish, footerAction } from '../../../src-renderer/components/footer/footer-action';
import { createPrimaryStore, primaryOf } from '../../../src-renderer/store/primary';
import type { StepId, StepState } from '../../../src-renderer/store/steps';

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

describe('earlierStepToFinish: where a step with nothing to press sends the user', () => {
  const order = ['preflight', 'wsl', 'distro', 'go', 'network', 'verify', 'editor', 'finish'] as const;
  const all = (s: StepState) => Object.fromEntries(order.map((id) => [id, s])) as Record<(typeof order)[number], StepState>;

  it('names the first earlier step that is not done, and nothing when all are done', () => {
    const states = { ...all('done'), distro: 'upcoming' as StepState, go: 'attention' as StepState };
    expect(earlierStepToFinish(order, states, 'verify')).toBe('distro');
    expect(earlierStepToFinish(order, states, 'distro')).toBeNull();
    expect(earlierStepToFinish(order, all('done'), 'finish')).toBeNull();
  });

  it('never sends the user to the optional Editor step', () => {
    expect(earlierStepToFinish(order, { ...all('done'), editor: 'upcoming' }, 'finish')).toBeNull();
  });
});

describe('primaryOf: one main action among a page’s offers', () => {
  const offer = (owner: number, rank: number | undefined, step: StepId = 'preflight') => ({ owner, step, action: { label: `o${owner}`, run: () => undefined, rank } });

  it('takes the highest rank, then the earliest offer; other steps’ offers never count', () => {
    expect(primaryOf([offer(1, 0), offer(2, 20), offer(3, 20)], 'preflight')?.owner).toBe(2);
    expect(primaryOf([offer(4, undefined), offer(5, -1)], 'preflight')?.owner).toBe(4);
    expect(primaryOf([offer(6, 30, 'wsl')], 'preflight')).toBeNull();
  });

  it('a withdrawn offer leaves the next one in charge', () => {
    const store = createPrimaryStore();
    store.getState().offer(1, 'wsl', offer(1, 10).action);
    store.getState().offer(2, 'wsl', offer(2, 30).action);
    expect(primaryOf(store.getState().entries, 'wsl')?.owner).toBe(2);
    store.getState().withdraw(2);
    expect(primaryOf(store.getState().entries, 'wsl')?.owner).toBe(1);
  });
});
