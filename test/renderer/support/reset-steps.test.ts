import { describe, expect, it } from 'vitest';
import { planFor, REDO_CHOICES } from '../../../src-renderer/components/support/reinstall-plan';
import { resetSteps, stepsTouchedBy } from '../../../src-renderer/components/support/reset-steps';
import { createStores } from '../../../src-renderer/store';
import { goStatus } from '../../../src-renderer/store/go';
import { verifyStatus } from '../../../src-renderer/store/verify';
import { fakeApi, report } from '../fake-api';

describe('stepsTouchedBy', () => {
  it('names what each reinstall choice takes away, and always the proof', () => {
    expect(stepsTouchedBy(planFor('go'))).toEqual(['go', 'verify', 'editor']);
    expect(stepsTouchedBy(planFor('network'))).toEqual(['network', 'verify']);
    expect(stepsTouchedBy(planFor('distro'))).toEqual(['distro', 'go', 'network', 'verify', 'editor']);
    for (const c of REDO_CHOICES) expect(stepsTouchedBy(planFor(c)), c).toContain('verify');
  });
  it('counts only the undo steps that ran: nothing undone touches nothing', () => {
    expect(stepsTouchedBy([])).toEqual([]);
    expect(stepsTouchedBy(['export'])).toEqual([]);
    expect(stepsTouchedBy(['editorUndo'])).toEqual(['verify', 'editor']);
  });
});

describe('resetSteps', () => {
  const target = { distro: 'Ubuntu-24.04', user: 'dev' };
  const verifyOk = { ok: true as const, shells: [] } as never;

  it('clears Go and the proof, keeps the distro, and detects Go again at once', async () => {
    const { api, calls } = fakeApi({
      'go.detectOld': () => ({ machine: 'x86_64', goarch: 'amd64', findings: [] }),
      'go.releases': () => ({ releases: [], latestStable: 'go1.22.5', source: 'https://go.dev/dl/' }),
    });
    const stores = createStores(api);
    stores.distro.setState({ target });
    stores.go.setState({ verify: verifyOk, result: { version: 'go1.19.8' } as never, loadedFor: 'Ubuntu-24.04/dev' });
    stores.verify.setState({ result: { ok: true } as never });
    expect(goStatus(stores.go.getState())).toBe('done');
    expect(verifyStatus(stores.verify.getState())).toBe('done');

    await resetSteps(stores, stepsTouchedBy(planFor('go')));

    expect(goStatus(stores.go.getState())).toBe('idle');
    expect(stores.go.getState().result).toBeNull();
    expect(verifyStatus(stores.verify.getState())).toBe('idle');
    expect(stores.distro.getState().target).toEqual(target);
    expect(calls.map((c) => c.channel)).toEqual(['go.detectOld', 'go.releases']);
    expect(stores.go.getState().phase).toBe('ready');
    expect(stores.go.getState().loadedFor).toBe('Ubuntu-24.04/dev');
  });

  it('a deleted distro forgets the choice and runs the check of this PC again', async () => {
    const { api, calls } = fakeApi({ 'preflight.run': () => report(['ok']) });
    const stores = createStores(api);
    stores.distro.setState({ target });
    stores.go.setState({ verify: verifyOk });
    await resetSteps(stores, stepsTouchedBy(planFor('distro')));
    expect(stores.distro.getState().target).toBeNull();
    expect(goStatus(stores.go.getState())).toBe('idle');
    expect(calls.map((c) => c.channel)).toEqual(['preflight.run']);
    expect(stores.preflight.getState().phase).toBe('done');
  });
});
