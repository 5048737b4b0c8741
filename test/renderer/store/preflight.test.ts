import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract/errors';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { countByStatus, createPreflightStore, isBlocking } from '../../../src-renderer/store/preflight';
import { deferred, fakeApi, report } from '../fake-api';

describe('preflight store', () => {
  it('runs preflight.run with a task id and keeps the report', async () => {
    const r = report(['ok', 'warn']);
    const f = fakeApi({ 'preflight.run': () => r });
    const s = createPreflightStore(f.api);
    const p = s.getState().run();
    expect(s.getState().phase).toBe('running');
    await p;
    expect(s.getState()).toMatchObject({ phase: 'done', error: null });
    expect(s.getState().report).toBe(r);
    expect(f.calls[0]).toEqual({ channel: 'preflight.run', request: { taskId: 'preflight-1' } });
  });

  it('an error keeps the previous report and says what failed', async () => {
    let fail = false;
    const f = fakeApi({
      'preflight.run': () => {
        if (fail) throw new ApiError('TIMEOUT', 'powershell did not answer in 30 s');
        return report(['ok']);
      },
    });
    const s = createPreflightStore(f.api);
    await s.getState().run();
    fail = true;
    await s.getState().run();
    expect(s.getState().phase).toBe('error');
    expect(s.getState().error).toBe('powershell did not answer in 30 s (TIMEOUT)');
    expect(s.getState().report?.checks).toHaveLength(1);
  });

  it('an older answer arriving late does not overwrite a newer run', async () => {
    const first = deferred<PreflightReport>();
    const second = deferred<PreflightReport>();
    const answers = [first.promise, second.promise];
    const f = fakeApi({ 'preflight.run': () => answers.shift()! });
    const s = createPreflightStore(f.api);
    const p1 = s.getState().run();
    const p2 = s.getState().run();
    const newer = report(['fail']);
    second.resolve(newer);
    await p2;
    first.resolve(report(['ok']));
    await p1;
    expect(s.getState().report).toBe(newer);
  });

  it('clear() forgets the result and ignores a run still in flight', async () => {
    const d = deferred<PreflightReport>();
    const f = fakeApi({ 'preflight.run': () => d.promise });
    const s = createPreflightStore(f.api);
    const p = s.getState().run();
    s.getState().clear();
    d.resolve(report(['ok']));
    await p;
    expect(s.getState()).toMatchObject({ phase: 'idle', report: null, error: null });
  });

  it('counts checks by status and splits failures by who can fix them', () => {
    expect(countByStatus(report(['ok', 'fail', 'fail+fix', 'fail', 'warn']))).toEqual({
      ok: 1,
      warn: 1,
      fail: 3,
      unknown: 0,
      blocking: 2,
      fixable: 1,
    });
  });

  it('only a failure without a fix action blocks', () => {
    const [ok, fail, fixable, warn] = report(['ok', 'fail', 'fail+fix', 'warn']).checks;
    expect([ok, fail, fixable, warn].map((c) => c && isBlocking(c))).toEqual([false, true, false, false]);
  });
});
