import { fileUrl, rankMirrors, type Mirror, type ProbeOutcome } from '../../../src-shared/go/mirrors';
import { httpGet, type HttpGet } from './http-get';

/**
 * Probe every mirror at once and decide without waiting for the slow ones.
 *
 * Each probe asks for the first `probeBytes` of the real file (a Range GET):
 * the time to the first byte is the latency, the rest gives a throughput. The
 * race ends at the earliest of
 *  - every probe finished,
 *  - the first success plus a grace window (a mirror that answers a little
 *    later may still be faster overall; one that answers much later is not
 *    worth waiting for),
 *  - the per-probe timeout.
 * A hanging or refusing mirror therefore never delays the choice past the
 * timeout, and a fast healthy mirror decides it within its own latency + grace.
 */
export interface MirrorRaceOptions {
  readonly mirrors: readonly Mirror[];
  readonly filename: string;
  /** Size of the whole file, to weigh latency against throughput. */
  readonly fileSize: number;
  readonly get?: HttpGet;
  readonly timeoutMs?: number;
  /** Extra wait after the first success: max(graceMinMs, graceRatio * first latency), capped by graceMaxMs. */
  readonly graceMinMs?: number;
  readonly graceRatio?: number;
  readonly graceMaxMs?: number;
  readonly probeBytes?: number;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
}

export interface MirrorProbe extends ProbeOutcome {
  readonly url: string;
}

export interface MirrorRaceResult {
  readonly probes: MirrorProbe[];
  readonly ranking: string[];
  readonly chosen: string | null;
  readonly decidedInMs: number;
}

export async function raceMirrors(options: MirrorRaceOptions): Promise<MirrorRaceResult> {
  const now = options.now ?? (() => performance.now());
  const timeoutMs = options.timeoutMs ?? 4000;
  const probeBytes = options.probeBytes ?? 64 * 1024;
  const get = options.get ?? httpGet;
  const started = now();
  const stop = new AbortController();
  const onOuterAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });

  const results = new Map<string, MirrorProbe>();
  let finish!: () => void;
  const decided = new Promise<void>((r) => (finish = r));
  let graceTimer: NodeJS.Timeout | undefined;
  const hardTimer = setTimeout(() => finish(), timeoutMs);

  const onResult = (p: MirrorProbe) => {
    results.set(p.id, p);
    if (results.size === options.mirrors.length) finish();
    else if (p.ok && graceTimer === undefined) {
      const lat = p.latencyMs ?? 0;
      const grace = Math.min(options.graceMaxMs ?? 250, Math.max(options.graceMinMs ?? 20, (options.graceRatio ?? 0.3) * lat));
      graceTimer = setTimeout(() => finish(), grace);
    }
  };

  for (const m of options.mirrors) {
    void probeOne(m, fileUrl(m, options.filename), { get, probeBytes, timeoutMs, signal: stop.signal, now }).then(onResult);
  }
  await decided;
  clearTimeout(hardTimer);
  clearTimeout(graceTimer);
  const decidedInMs = now() - started;
  // Losers are cut off now: their sockets must not outlive the decision.
  stop.abort();
  options.signal?.removeEventListener('abort', onOuterAbort);

  const probes = options.mirrors.map(
    (m) =>
      results.get(m.id) ?? {
        id: m.id,
        url: fileUrl(m, options.filename),
        ok: false,
        latencyMs: null,
        throughputBps: null,
        error: `no answer within ${Math.round(decidedInMs)} ms`,
      },
  );
  const ranking = rankMirrors(probes, options.fileSize);
  const chosen = probes.find((p) => p.id === ranking[0])?.ok ? (ranking[0] ?? null) : null;
  return { probes, ranking, chosen, decidedInMs };
}

interface ProbeSettings {
  get: HttpGet;
  probeBytes: number;
  timeoutMs: number;
  signal: AbortSignal;
  now: () => number;
}

async function probeOne(m: Mirror, full: string, s: ProbeSettings): Promise<MirrorProbe> {
  const t0 = s.now();
  const base = { id: m.id, url: full };
  try {
    const res = await s.get(full, {
      headers: { range: `bytes=0-${s.probeBytes - 1}` },
      signal: s.signal,
      headersTimeoutMs: s.timeoutMs,
      idleTimeoutMs: s.timeoutMs,
    });
    const latencyMs = s.now() - t0;
    if (res.status !== 206 && res.status !== 200) {
      res.body.destroy();
      return { ...base, ok: false, latencyMs, throughputBps: null, error: `HTTP ${res.status}` };
    }
    let bytes = 0;
    const t1 = s.now();
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes >= s.probeBytes) break;
    }
    res.body.destroy();
    const secs = (s.now() - t1) / 1000;
    const throughputBps = secs > 0.001 ? bytes / secs : null;
    return { ...base, ok: bytes > 0, latencyMs, throughputBps, error: bytes > 0 ? null : 'empty body' };
  } catch (e) {
    return { ...base, ok: false, latencyMs: null, throughputBps: null, error: (e as Error).message };
  }
}
