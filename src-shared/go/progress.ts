/**
 * Download rate and ETA. The rate is measured over a sliding window (a few
 * seconds) rather than since the start, so it follows a link that slows down or
 * recovers, and a resume (bytes already on disk) does not read as a burst.
 * Pure: the caller passes the clock.
 */
export interface ProgressSample {
  readonly done: number;
  readonly total: number | null;
  /** Bytes per second over the window; null until two samples span some time. */
  readonly rate: number | null;
  /** Seconds left at the current rate; null when unknown. */
  readonly etaSeconds: number | null;
}

export class RateMeter {
  private readonly samples: Array<{ t: number; bytes: number }> = [];
  private transferred = 0;

  constructor(private readonly windowMs = 3000) {}

  /** Count bytes that arrived at time nowMs (only bytes transferred, not the resume offset). */
  add(bytes: number, nowMs: number): void {
    this.transferred += bytes;
    this.samples.push({ t: nowMs, bytes: this.transferred });
    // Keep one sample older than the window as the window's left edge.
    while (this.samples.length > 2 && this.samples[1]!.t <= nowMs - this.windowMs) this.samples.shift();
  }

  rate(nowMs: number): number | null {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last === first) return null;
    const span = Math.max(nowMs, last.t) - first.t;
    if (span <= 0) return null;
    return ((last.bytes - first.bytes) * 1000) / span;
  }
}

export function progressSample(done: number, total: number | null, rate: number | null): ProgressSample {
  let etaSeconds: number | null = null;
  if (total !== null && rate !== null && rate > 0) etaSeconds = Math.max(0, (total - done) / rate);
  return { done, total, rate, etaSeconds };
}

/** "12.3 MB", for logs and the Terminal; the UI formats its own. */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
