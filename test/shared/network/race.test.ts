import { describe, expect, it } from 'vitest';
import { classifyCurlFailure } from '../../../src-shared/network/curl';
import { ProbeLineParser, RaceJudge, type ProbeLine } from '../../../src-shared/network/race';

const ok = (index: number, latencyMs: number): ProbeLine => ({ index, curlExit: 0, httpCode: 200, latencyMs, error: null });
const fail = (index: number, curlExit: number, httpCode = 0): ProbeLine => ({ index, curlExit, httpCode, latencyMs: 1, error: 'x' });

describe('the GOPROXY race judge', () => {
  it('decides a grace period after the first healthy answer, without waiting for hanging candidates', () => {
    const j = new RaceJudge(5, { graceMs: 30, deadlineMs: 9000 });
    expect(j.add(fail(2, 7), 10)).toBeNull();
    expect(j.add(ok(3, 50), 60)).toBeNull();
    expect(j.nextWakeMs()).toBe(90);
    expect(j.tick(80)).toBeNull();
    const d = j.tick(90);
    expect(d).toMatchObject({ winner: 3, reason: 'first-healthy', decidedAtMs: 90 });
    expect(d?.results[0]).toMatchObject({ abandoned: true, finding: null });
    expect(d?.results[2]).toMatchObject({ ok: false, finding: 'CONN_REFUSED_REMOTE' });
    // A late answer changes nothing once decided.
    expect(j.add(ok(4, 10), 95)?.winner).toBe(3);
  });

  it('lets a near-tie inside the grace window win on latency, and the earlier candidate on equal latency', () => {
    const j = new RaceJudge(3, { graceMs: 30, deadlineMs: 9000 });
    j.add(ok(2, 52), 60);
    j.add(ok(1, 48), 70);
    expect(j.tick(90)?.winner).toBe(1);
    const k = new RaceJudge(2, { graceMs: 30, deadlineMs: 9000 });
    k.add(ok(1, 50), 60);
    expect(k.add(ok(0, 50), 61)?.winner).toBe(0);
  });

  it('reports a deadline with timeouts and no winner when nothing is healthy', () => {
    const j = new RaceJudge(3, { graceMs: 30, deadlineMs: 1000, viaProxy: true });
    j.add(fail(0, 7), 5);
    j.add(fail(1, 0, 410), 20);
    const d = j.tick(1000);
    expect(d).toMatchObject({ winner: null, reason: 'deadline' });
    expect(d?.results.map((r) => r.finding)).toEqual(['PROXY_REFUSED', 'MODULE_NOT_FOUND', 'NET_TIMEOUT']);
  });

  it('parses probe lines split across chunks and pairs errors with their probe', () => {
    const p = new ProbeLineParser();
    expect(p.push('PROBE_ERR 1 curl: (7) Failed to connect\nPRO')).toEqual([]);
    expect(p.push('BE 1 7 000 0.001\nPROBE 0 0 200 0,051\nnoise\n')).toEqual([
      { index: 1, curlExit: 7, httpCode: 0, latencyMs: 1, error: 'curl: (7) Failed to connect' },
      { index: 0, curlExit: 0, httpCode: 200, latencyMs: 51, error: null },
    ]);
  });

  it('classifies curl exits structurally', () => {
    expect(classifyCurlFailure({ curlExit: 6, httpCode: 0, viaProxy: false })).toBe('DNS_FAILURE');
    expect(classifyCurlFailure({ curlExit: 28, httpCode: 0, viaProxy: false })).toBe('NET_TIMEOUT');
    expect(classifyCurlFailure({ curlExit: 60, httpCode: 0, viaProxy: false })).toBe('TLS_UNTRUSTED');
    expect(classifyCurlFailure({ curlExit: 56, httpCode: 0, connectCode: 502, viaProxy: true })).toBe('PROXY_BAD_RESPONSE');
    expect(classifyCurlFailure({ curlExit: 0, httpCode: 200, viaProxy: false })).toBeNull();
  });
});
