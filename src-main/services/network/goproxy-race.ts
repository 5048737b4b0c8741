import type { z } from 'zod';
import type { DistroTarget, RaceResult } from '../../../src-shared/contract/network';
import { chooseGosumdb, DEFAULT_GOPROXY_CANDIDATES, DEFAULT_PROBE_PATH, normaliseGoproxyUrl } from '../../../src-shared/network/goproxy';
import { ProbeLineParser, RaceJudge, isHealthy, type RaceDecision } from '../../../src-shared/network/race';
import { runNetScript, type RunContext } from './command';

export interface RaceOptions {
  readonly candidates?: readonly string[];
  readonly probePath?: string;
  /** Full proxy URL (credentials included) for the distro to go through. */
  readonly proxyUrl?: string;
  readonly secrets?: readonly (string | undefined)[];
  /** How long after the first healthy answer a near-tie may still win. */
  readonly graceMs?: number;
  readonly connectTimeoutS?: number;
  readonly maxTimeS?: number;
  /** The checksum databases to probe after the race; null skips it (the bench). */
  readonly sumdb?: { readonly defaultUrl: string; readonly chinaUrl: string } | null;
}

export const DEFAULT_SUMDB_PROBES = { defaultUrl: 'https://sum.golang.org/latest', chinaUrl: 'https://sum.golang.google.cn/latest' };

/**
 * Probe every candidate in parallel from inside the distro and pick the
 * fastest healthy one. The decision is taken as soon as the judge can (first
 * healthy answer + grace), then the probe script is stopped: hanging
 * candidates cost nothing beyond that moment.
 */
export async function raceGoproxy(ctx: RunContext, target: DistroTarget, opts: RaceOptions = {}): Promise<z.infer<typeof RaceResult>> {
  const bases = (opts.candidates ?? DEFAULT_GOPROXY_CANDIDATES).map((c) => normaliseGoproxyUrl(c)).filter((c): c is string => c !== null);
  const path = opts.probePath ?? DEFAULT_PROBE_PATH;
  const connectTimeoutS = opts.connectTimeoutS ?? 4;
  const maxTimeS = opts.maxTimeS ?? 8;
  const decision = await race(ctx, target, bases.map((b) => `${b}${path}`), {
    // Results arrive in latency order, so the first healthy one is the fastest: no need to wait by default.
    graceMs: opts.graceMs ?? 0,
    deadlineMs: maxTimeS * 1000 + 1000,
    connectTimeoutS,
    maxTimeS,
    ...(opts.proxyUrl ? { proxyUrl: opts.proxyUrl } : {}),
    secrets: opts.secrets ?? [],
  });
  const winner = decision.winner === null ? null : (bases[decision.winner] ?? null);
  const sumdbProbes = opts.sumdb === undefined ? DEFAULT_SUMDB_PROBES : opts.sumdb;
  let sumdb: z.infer<typeof RaceResult>['sumdb'] = null;
  if (sumdbProbes) {
    const urls = [sumdbProbes.defaultUrl, sumdbProbes.chinaUrl, ...(winner ? [`${winner}/sumdb/sum.golang.org/supported`] : [])];
    // Every answer matters here (not just the first), so this probe runs to the end.
    const d = await race(ctx, target, urls, {
      graceMs: Number.MAX_SAFE_INTEGER,
      deadlineMs: maxTimeS * 1000 + 1000,
      connectTimeoutS,
      maxTimeS,
      ...(opts.proxyUrl ? { proxyUrl: opts.proxyUrl } : {}),
      secrets: opts.secrets ?? [],
    });
    const ok = (i: number) => d.results[i]?.ok ?? false;
    sumdb = chooseGosumdb({ defaultReachable: ok(0), chinaReachable: ok(1), proxyServesSumdb: winner ? ok(2) : false });
  }
  return {
    winner,
    decidedInMs: decision.decidedAtMs,
    reason: decision.reason,
    candidates: decision.results.map((r) => ({
      url: bases[r.index] ?? '',
      ok: r.ok,
      latencyMs: r.latencyMs,
      httpCode: r.httpCode,
      finding: r.finding,
      abandoned: r.abandoned,
    })),
    sumdb,
  };
}

interface RaceRun {
  readonly graceMs: number;
  readonly deadlineMs: number;
  readonly connectTimeoutS: number;
  readonly maxTimeS: number;
  readonly proxyUrl?: string;
  readonly secrets: readonly (string | undefined)[];
}

/** One run of net-goproxy-probe.sh, judged line by line as the output streams in. */
export async function race(ctx: RunContext, target: DistroTarget, urls: readonly string[], run: RaceRun): Promise<RaceDecision> {
  const start = performance.now();
  const now = () => Math.round(performance.now() - start);
  const judge = new RaceJudge(urls.length, { graceMs: run.graceMs, deadlineMs: run.deadlineMs, viaProxy: run.proxyUrl !== undefined });
  const parser = new ProbeLineParser();
  const stop = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    if (judge.decided) return;
    const wait = Math.max(0, judge.nextWakeMs() - now());
    if (wait > 2_147_000_000) return;
    timer = setTimeout(() => {
      if (judge.tick(now())) stop.abort();
      else schedule();
    }, wait);
  };
  schedule();
  const onRaw = (text: string) => {
    for (const line of parser.push(text)) {
      if (judge.add(line, now())) {
        stop.abort();
        break;
      }
      if (isHealthy(line)) schedule();
    }
  };
  try {
    await runNetScript(
      ctx,
      {
        id: 'net.goproxy-probe',
        target,
        script: 'net-goproxy-probe.sh',
        args: [String(run.connectTimeoutS), String(run.maxTimeS), ...urls],
        ...(run.proxyUrl ? { proxyUrl: run.proxyUrl } : {}),
        timeoutMs: run.deadlineMs + 5_000,
        title: 'GOPROXY race',
      },
      run.secrets,
      stop.signal,
      onRaw,
    );
  } finally {
    clearTimeout(timer);
  }
  return judge.finish(now());
}
