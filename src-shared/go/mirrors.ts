/**
 * Where Go tarballs come from. Mirrors only serve bytes; the checksum always
 * comes from the official release list (see releases.ts).
 */
export interface Mirror {
  readonly id: string;
  /** Base URL; the file URL is base + filename. Ends with '/'. */
  readonly base: string;
}

export const DEFAULT_MIRRORS: readonly Mirror[] = [
  { id: 'go.dev', base: 'https://go.dev/dl/' },
  { id: 'golang.google.cn', base: 'https://golang.google.cn/dl/' },
  { id: 'aliyun', base: 'https://mirrors.aliyun.com/golang/' },
  { id: 'ustc', base: 'https://mirrors.ustc.edu.cn/golang/' },
];

/** The release lists, tried in order; both carry SHA-256 per file. */
export const DEFAULT_RELEASE_LISTS: readonly string[] = [
  'https://go.dev/dl/?mode=json&include=all',
  'https://golang.google.cn/dl/?mode=json&include=all',
];

export function fileUrl(mirror: Mirror, filename: string): string {
  return mirror.base.endsWith('/') ? mirror.base + filename : `${mirror.base}/${filename}`;
}

export interface ProbeOutcome {
  readonly id: string;
  readonly ok: boolean;
  /** Time to the first response byte. */
  readonly latencyMs: number | null;
  /** Bytes per second over the probe's body. */
  readonly throughputBps: number | null;
  readonly error: string | null;
}

/**
 * Estimated seconds to fetch `size` bytes: one round trip plus the transfer at
 * the measured throughput. A probe too small to measure throughput counts on
 * latency alone.
 */
export function estimatedSeconds(p: ProbeOutcome, size: number): number {
  if (!p.ok || p.latencyMs === null) return Number.POSITIVE_INFINITY;
  const transfer = p.throughputBps && p.throughputBps > 0 ? size / p.throughputBps : 0;
  return p.latencyMs / 1000 + transfer;
}

/** Healthy mirrors, best first; the rest follow in their given order as fallbacks. */
export function rankMirrors(outcomes: readonly ProbeOutcome[], size: number): string[] {
  const healthy = outcomes.filter((o) => o.ok).sort((a, b) => estimatedSeconds(a, size) - estimatedSeconds(b, size));
  const rest = outcomes.filter((o) => !o.ok);
  return [...healthy, ...rest].map((o) => o.id);
}
