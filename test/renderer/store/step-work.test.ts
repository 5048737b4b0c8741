import { describe, expect, it } from 'vitest';
import { defaultUserFrom } from '../../../src-renderer/store/distro';
import { goStatus } from '../../../src-renderer/store/go';
import { networkStatus } from '../../../src-renderer/store/network';
import { deriveStepStates } from '../../../src-renderer/store/steps';
import { markSteps, installSteps } from '../../../src-renderer/pages/go/phases';
import { failureOf } from '../../../src-renderer/components/findings/failure';
import { ApiError } from '../../../src-shared/contract/errors';
import { report } from '../fake-api';

const preview = (over: object) => ({
  file: '/etc/wsl.conf (Ubuntu)',
  beforeSha256: null,
  afterSha256: null,
  changed: true,
  diff: { identical: false, added: 0, removed: 0, hunks: [] },
  settings: [],
  advice: [],
  restart: { mode: 'terminate' as const, distro: 'Ubuntu' },
  refused: null,
  ...over,
});

describe('the default user from /etc/wsl.conf', () => {
  it('is the user\'s own default= line, or the line our block would replace; nothing when unset or invalid', () => {
    const setting = { section: 'user', key: 'default', value: 'gws-probe' };
    expect(defaultUserFrom(preview({ settings: [{ setting, state: 'taken-over', line: 5, current: 'mei' }] }))).toBe('mei');
    const hunk = (text: string, op: 'remove' | 'add') => ({ oldStart: 1, oldCount: 1, newStart: 1, newCount: 1, lines: [{ op, text, eol: '\n', oldLine: 1, newLine: 1 }] });
    expect(defaultUserFrom(preview({ settings: [{ setting, state: 'written', line: null, current: null }], diff: { identical: false, added: 1, removed: 1, hunks: [hunk('default=tester', 'remove')] } }))).toBe('tester');
    expect(defaultUserFrom(preview({ diff: { identical: false, added: 1, removed: 0, hunks: [hunk('default=gws-probe', 'add')] } }))).toBeNull();
    expect(defaultUserFrom(preview({ settings: [{ setting, state: 'conflict', line: 2, current: 'Root User' }] }))).toBeNull();
  });
});

describe('step states from the steps\' own work', () => {
  it('maps done / running / attention, and a blocking preflight failure blocks them all', () => {
    const ok = deriveStepStates({ phase: 'done', report: report(['ok']), work: { distro: 'done', go: 'running', network: 'attention' } });
    expect(ok).toMatchObject({ distro: 'done', go: 'running', network: 'attention', verify: 'upcoming' });
    const blocked = deriveStepStates({ phase: 'done', report: report(['fail']), work: { distro: 'done' } });
    expect(blocked).toMatchObject({ distro: 'blocked', go: 'blocked', network: 'blocked', verify: 'blocked' });
  });

  it('Go is done only when fresh shells pass; a cancel is not a problem; a refused proxy needs attention', () => {
    const base = { installing: false, verifying: false, verify: null, error: null };
    expect(goStatus(base)).toBe('idle');
    expect(goStatus({ ...base, verify: { ok: true, shells: [], sudo: null } })).toBe('done');
    expect(goStatus({ ...base, verify: { ok: false, shells: [], sudo: null } })).toBe('attention');
    expect(goStatus({ ...base, error: { code: 'CANCELLED', message: 'x', catalogId: null } })).toBe('idle');
    const refused = { status: 'refused' as const, finding: 'PROXY_REFUSED', hint: 'checkPort' as const, display: 'http://127.0.0.1:7890', httpCode: 0, connectCode: 0, ms: 3 };
    expect(networkStatus({ applied: null, busy: null, error: null, useProxy: true, proxyTest: refused, race: null })).toBe('attention');
    expect(networkStatus({ applied: null, busy: null, error: null, useProxy: false, proxyTest: refused, race: null })).toBe('idle');
  });
});

describe('install steps done / to do', () => {
  it('marks reached steps done, the latest running or failed, the rest to do', () => {
    const steps = installSteps(true);
    expect(markSteps(steps, ['detect', 'releases', 'probe', 'download'], 'running')).toEqual({ detect: 'done', releases: 'done', probe: 'done', download: 'running', clean: 'todo', install: 'todo', path: 'todo' });
    expect(markSteps(installSteps(false), ['detect', 'releases', 'probe', 'download', 'install.extract'], 'failed').install).toBe('failed');
    expect(markSteps(steps, [], 'running').detect).toBe('todo');
    expect(Object.values(markSteps(steps, ['detect', 'done'], 'running')).every((m) => m === 'done')).toBe(true);
  });

  it('a failure keeps the catalog ID main named', () => {
    expect(failureOf(new ApiError('HOST_FAILED', 'bad', { catalogId: 'GO_TARBALL_CORRUPT' }))).toEqual({ code: 'HOST_FAILED', message: 'bad', catalogId: 'GO_TARBALL_CORRUPT' });
    expect(failureOf(new Error('x')).catalogId).toBeNull();
  });
});
