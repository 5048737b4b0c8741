import { classifyCurlFailure, type NetFindingId } from './curl';

/**
 * The GOPROXY race. net-goproxy-probe.sh starts one curl per candidate at
 * once and prints a line as each finishes; results therefore arrive in
 * latency order, and the first healthy one is (up to noise) the fastest.
 * The judge decides a short grace period after the first healthy answer, so
 * a near-tie can still be broken by the caller's preference order, and never
 * waits for candidates that hang: their timeouts no longer matter.
 */

export interface ProbeLine {
  readonly index: number;
  readonly curlExit: number;
  readonly httpCode: number;
  /** curl's time_total, in ms: the network latency, without process start-up. */
  readonly latencyMs: number;
  /** curl's error text (one line), redacted by the script of proxy credentials. */
  readonly error: string | null;
}

/** Parse `PROBE idx exit code seconds` and `PROBE_ERR idx text` lines; returns completed probes. */
export class ProbeLineParser {
  private buffer = '';
  private readonly errors = new Map<number, string>();

  push(chunk: string): ProbeLine[] {
    this.buffer += chunk;
    const out: ProbeLine[] = [];
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl).replace(/\r$/, '');
      this.buffer = this.buffer.slice(nl + 1);
      const err = /^PROBE_ERR (\d{1,3}) (.{0,500})$/.exec(line);
      if (err) {
        this.errors.set(Number(err[1]), err[2] ?? '');
        continue;
      }
      const m = /^PROBE (\d{1,3}) (\d{1,3}) (\d{3}) (\d+(?:[.,]\d+)?)$/.exec(line);
      if (!m) continue;
      const index = Number(m[1]);
      out.push({
        index,
        curlExit: Number(m[2]),
        httpCode: Number(m[3]),
        latencyMs: Math.round(Number((m[4] ?? '0').replace(',', '.')) * 1000),
        error: this.errors.get(index) ?? null,
      });
    }
    return out;
  }
}

export interface CandidateResult {
  readonly index: number;
  readonly ok: boolean;
  readonly latencyMs: number | null;
  readonly httpCode: number | null;
  readonly curlExit: number | null;
  /** Why it failed, as a catalog ID; null for a healthy or unfinished candidate. */
  readonly finding: NetFindingId | null;
  readonly error: string | null;
  /** True when the race was decided before this candidate answered. */
  readonly abandoned: boolean;
}

export interface RaceDecision {
  readonly winner: number | null;
  readonly decidedAtMs: number;
  readonly reason: 'first-healthy' | 'all-answered' | 'deadline';
  readonly results: readonly CandidateResult[];
}

export interface JudgeOptions {
  /** How long after the first healthy answer a near-tie may still arrive. */
  readonly graceMs: number;
  /** Give up on everything still pending after this long (from the start). */
  readonly deadlineMs: number;
  /** A proxy sits between the distro and the candidates (changes how refusals read). */
  readonly viaProxy?: boolean;
}

export function isHealthy(p: ProbeLine): boolean {
  return p.curlExit === 0 && p.httpCode === 200;
}

export class RaceJudge {
  private readonly seen = new Map<number, ProbeLine>();
  private firstHealthyAt: number | null = null;
  private decision: RaceDecision | null = null;

  constructor(
    private readonly count: number,
    private readonly options: JudgeOptions,
  ) {}

  /** Record a finished probe at `nowMs` (ms since the race started); returns the decision once made. */
  add(p: ProbeLine, nowMs: number): RaceDecision | null {
    if (this.decision || p.index < 0 || p.index >= this.count || this.seen.has(p.index)) return this.decision;
    this.seen.set(p.index, p);
    if (isHealthy(p) && this.firstHealthyAt === null) this.firstHealthyAt = nowMs;
    if (this.seen.size === this.count) return this.decide(nowMs, 'all-answered');
    if (this.options.graceMs === 0 && this.firstHealthyAt !== null) return this.decide(nowMs, 'first-healthy');
    return null;
  }

  /** When the caller should call tick() next (absolute ms since start), or null if nothing is scheduled. */
  nextWakeMs(): number {
    if (this.firstHealthyAt !== null) return Math.min(this.firstHealthyAt + this.options.graceMs, this.options.deadlineMs);
    return this.options.deadlineMs;
  }

  tick(nowMs: number): RaceDecision | null {
    if (this.decision) return this.decision;
    if (this.firstHealthyAt !== null && nowMs >= this.firstHealthyAt + this.options.graceMs) return this.decide(nowMs, 'first-healthy');
    if (nowMs >= this.options.deadlineMs) return this.decide(nowMs, 'deadline');
    return null;
  }

  /** The probe process ended: whatever has not answered never will. */
  finish(nowMs: number): RaceDecision {
    return this.decision ?? this.decide(nowMs, this.seen.size === this.count ? 'all-answered' : 'deadline');
  }

  get decided(): RaceDecision | null {
    return this.decision;
  }

  private decide(nowMs: number, reason: RaceDecision['reason']): RaceDecision {
    const results: CandidateResult[] = [];
    let winner: number | null = null;
    let best = Infinity;
    for (let i = 0; i < this.count; i++) {
      const p = this.seen.get(i);
      if (!p) {
        // Past the deadline silence is a timeout; before it, we simply stopped waiting.
        const finding = reason === 'deadline' ? 'NET_TIMEOUT' : null;
        results.push({ index: i, ok: false, latencyMs: null, httpCode: null, curlExit: null, finding, error: null, abandoned: true });
        continue;
      }
      const ok = isHealthy(p);
      // Strictly lower latency wins; on a tie the earlier (preferred) candidate stays.
      if (ok && p.latencyMs < best) {
        best = p.latencyMs;
        winner = i;
      }
      const finding = ok ? null : classifyCurlFailure({ curlExit: p.curlExit, httpCode: p.httpCode, viaProxy: this.options.viaProxy ?? false });
      results.push({ index: i, ok, latencyMs: p.latencyMs, httpCode: p.httpCode, curlExit: p.curlExit, finding, error: p.error, abandoned: false });
    }
    this.decision = { winner, decidedAtMs: nowMs, reason, results };
    return this.decision;
  }
}
