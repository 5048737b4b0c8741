import { describe, expect, it } from 'vitest';
import { STEP_IDS, createStepsStore, deriveStepStates, isStepId } from '../../../src-renderer/store/steps';
import { report } from '../fake-api';

describe('steps store', () => {
  it('walks the journey in order and stops at both ends', () => {
    const s = createStepsStore();
    expect(s.getState().current).toBe('preflight');
    s.getState().back();
    expect(s.getState().current).toBe('preflight');
    const seen: string[] = [s.getState().current];
    for (let i = 0; i < STEP_IDS.length + 2; i++) {
      s.getState().next();
      seen.push(s.getState().current);
    }
    expect(seen.slice(0, STEP_IDS.length)).toEqual([...STEP_IDS]);
    expect(s.getState().current).toBe('finish');
    s.getState().back();
    expect(s.getState().current).toBe('editor');
  });

  it('jumps to any step and resets to the first', () => {
    const s = createStepsStore();
    s.getState().go('network');
    expect(s.getState().current).toBe('network');
    s.getState().reset();
    expect(s.getState().current).toBe('preflight');
  });

  it('knows its step ids', () => {
    expect(isStepId('go')).toBe(true);
    expect(isStepId('install')).toBe(false);
    expect(isStepId(3)).toBe(false);
  });
});

describe('deriveStepStates', () => {
  it('nothing run yet: every step not started', () => {
    const st = deriveStepStates({ phase: 'idle', report: null });
    expect(new Set(Object.values(st))).toEqual(new Set(['upcoming']));
  });

  it('running preflight shows as running', () => {
    expect(deriveStepStates({ phase: 'running', report: null }).preflight).toBe('running');
  });

  it('a passing preflight (warnings allowed) is done and later steps are not started', () => {
    const st = deriveStepStates({ phase: 'done', report: report(['ok', 'warn', 'unknown']) });
    expect(st.preflight).toBe('done');
    expect(st.wsl).toBe('upcoming');
    expect(st.finish).toBe('upcoming');
  });

  it('a failed check needs attention and blocks every later step', () => {
    const st = deriveStepStates({ phase: 'done', report: report(['ok', 'fail']) });
    expect(st.preflight).toBe('attention');
    expect(STEP_IDS.filter((id) => id !== 'preflight').map((id) => st[id])).toEqual(Array(7).fill('blocked'));
  });

  it('a failure the next steps fix (WSL missing, feature off) does not block: it is their job', () => {
    const st = deriveStepStates({ phase: 'done', report: report(['ok', 'fail+fix']) });
    expect(st.preflight).toBe('done');
    expect(st.wsl).toBe('upcoming');
  });

  it('an error running the check needs attention but blocks nothing it has not seen', () => {
    const st = deriveStepStates({ phase: 'error', report: null });
    expect(st.preflight).toBe('attention');
    expect(st.wsl).toBe('upcoming');
  });

  it('Install WSL is done when the re-detected facts show WSL installed with version 2 the default; Finish follows Verify', () => {
    const r = report(['ok']);
    const withChecks = (installed: 'ok' | 'fail', dv: 'ok' | 'warn') => ({
      ...r,
      checks: [
        { id: 'wsl-installed', status: installed, observed: {}, findings: [], fixAction: installed === 'ok' ? null : 'wsl.install' },
        { id: 'default-version', status: dv, observed: {}, findings: dv === 'ok' ? [] : ['DEFAULT_VERSION_1'], fixAction: dv === 'ok' ? null : 'wsl.set-default-version' },
      ],
    });
    expect(deriveStepStates({ phase: 'done', report: withChecks('ok', 'ok') }).wsl).toBe('done');
    expect(deriveStepStates({ phase: 'done', report: withChecks('ok', 'warn') }).wsl).toBe('upcoming');
    expect(deriveStepStates({ phase: 'done', report: withChecks('fail', 'ok') }).wsl).toBe('upcoming');
    expect(deriveStepStates({ phase: 'done', report: withChecks('ok', 'ok'), work: { verify: 'done' } }).finish).toBe('done');
    expect(deriveStepStates({ phase: 'done', report: withChecks('ok', 'ok'), work: { verify: 'attention' } }).finish).toBe('upcoming');
  });

  it('while re-running, the old failure still blocks later steps', () => {
    const st = deriveStepStates({ phase: 'running', report: report(['fail']) });
    expect(st.preflight).toBe('running');
    expect(st.go).toBe('blocked');
  });
  it('a Windows feature that is off (win11-vmp-missing: WSL from the Store, VMP off) keeps Install WSL open and blocks the later steps', () => {
    const r = report(['ok']);
    const checks = [
      { id: 'wsl-installed', status: 'ok' as const, observed: {}, findings: [], fixAction: null },
      { id: 'default-version', status: 'ok' as const, observed: {}, findings: [], fixAction: null },
      { id: 'vmp-feature', status: 'fail' as const, observed: {}, findings: ['VMP_FEATURE_MISSING'], fixAction: 'windows.enable-features' },
    ];
    const st = deriveStepStates({ phase: 'done', report: { ...r, checks }, work: { distro: 'done', go: 'done' } });
    // Preflight did its job (the fix is the next step's), but WSL is not done and nothing after it may say otherwise.
    expect(st.preflight).toBe('done');
    expect(st.wsl).toBe('upcoming');
    expect(['distro', 'go', 'network', 'verify', 'finish'].map((id) => st[id as keyof typeof st])).toEqual(Array(5).fill('blocked'));
    // Once re-detected as on, the same report unblocks them.
    const on = checks.map((c) => (c.id === 'vmp-feature' ? { ...c, status: 'ok' as const, findings: [], fixAction: null } : c));
    const after = deriveStepStates({ phase: 'done', report: { ...r, checks: on }, work: { distro: 'done' } });
    expect(after.wsl).toBe('done');
    expect(after.distro).toBe('done');
  });
});
