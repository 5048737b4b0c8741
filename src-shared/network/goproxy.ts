import { isValidHost } from './proxy';

/**
 * GOPROXY / GOSUMDB / GOPRIVATE values. Everything here ends up as an
 * argument to `go env -w` and, for probes, to curl: validation is strict so
 * that what passes is plain data with no room for options, lists or quotes.
 */

export const DEFAULT_GOPROXY_CANDIDATES: readonly string[] = [
  'https://goproxy.cn',
  'https://goproxy.io',
  'https://proxy.golang.org',
  'https://mirrors.aliyun.com/goproxy',
];

/** A small, real, stable path every GOPROXY serves: one module's version list. */
export const DEFAULT_PROBE_PATH = '/golang.org/x/mod/@v/list';

export const SUMDB_DEFAULT = 'sum.golang.org';
export const SUMDB_CHINA = 'sum.golang.google.cn';

/**
 * One proxy base URL: http(s), a valid host, optional port and path, no
 * userinfo, query, fragment, commas or pipes (those would change GOPROXY's
 * list meaning). Returns the normalised form (no trailing slash) or null.
 */
export function normaliseGoproxyUrl(input: string): string | null {
  const s = input.trim();
  if (s.length === 0 || s.length > 512) return null;
  const m = /^(https?):\/\/(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(\/[A-Za-z0-9._~%/-]*)?$/i.exec(s);
  if (!m) return null;
  const host = (m[2] ?? '').replace(/^\[|\]$/g, '');
  if (!isValidHost(host)) return null;
  if (m[3] !== undefined) {
    const port = Number(m[3]);
    if (port < 1 || port > 65535) return null;
  }
  const path = (m[4] ?? '').replace(/\/+$/, '');
  if (path.includes('..') || /%(?![0-9A-Fa-f]{2})/.test(path)) return null;
  return `${(m[1] ?? '').toLowerCase()}://${(m[2] ?? '').toLowerCase()}${m[3] !== undefined ? `:${m[3]}` : ''}${path}`;
}

/** The value written with `go env -w`: the winner, then `direct` for modules the proxy does not have. */
export function goproxyValue(best: string): string {
  const n = normaliseGoproxyUrl(best);
  if (!n) throw new Error('invalid GOPROXY url');
  return `${n},direct`;
}

/** The probe path: must start with `/`, module-path characters only. */
export function normaliseProbePath(input: string): string | null {
  return /^\/[A-Za-z0-9._~%/@!+-]{1,300}$/.test(input) && !input.includes('..') ? input : null;
}

/**
 * GOPRIVATE / GONOPROXY / GONOSUMDB: comma-separated path.Match globs of
 * module path prefixes. We accept the characters module paths and globs use
 * and nothing else; whitespace around commas is dropped.
 */
export function normaliseGoprivate(input: string): { value: string; patterns: string[] } | { error: string } {
  const s = input.trim();
  if (s === '') return { value: '', patterns: [] };
  if (s.length > 1024) return { error: 'too long' };
  const patterns = s.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (patterns.length > 64) return { error: 'too many patterns' };
  for (const p of patterns) {
    if (!/^[A-Za-z0-9.*?[\]_~/-]+$/.test(p)) return { error: `invalid characters in "${p.slice(0, 40)}"` };
    if (p.startsWith('-') || p.startsWith('/')) return { error: `pattern must start with a host: "${p.slice(0, 40)}"` };
    if ((p.match(/\[/g) ?? []).length !== (p.match(/\]/g) ?? []).length) return { error: `unbalanced brackets in "${p.slice(0, 40)}"` };
    if (p.split('/').some((seg) => seg === '..' || seg === '.')) return { error: `dot segments in "${p.slice(0, 40)}"` };
  }
  return { value: patterns.join(','), patterns };
}

export interface SumdbFacts {
  /** https://sum.golang.org answered. */
  readonly defaultReachable: boolean;
  /** https://sum.golang.google.cn answered. */
  readonly chinaReachable: boolean;
  /** The chosen GOPROXY answers /sumdb/sum.golang.org/supported: Go then verifies through the proxy. */
  readonly proxyServesSumdb: boolean;
}

export interface SumdbChoice {
  readonly value: string;
  readonly reason: 'direct' | 'via-proxy' | 'china-mirror' | 'unreachable';
  /** A catalog ID when verification will fail as things stand; never "off". */
  readonly finding: 'GOSUMDB_FAILURE' | null;
}

/** Keep sum.golang.org whenever Go can reach it (directly or via the proxy); otherwise its China mirror; never off. */
export function chooseGosumdb(f: SumdbFacts): SumdbChoice {
  if (f.defaultReachable) return { value: SUMDB_DEFAULT, reason: 'direct', finding: null };
  if (f.proxyServesSumdb) return { value: SUMDB_DEFAULT, reason: 'via-proxy', finding: null };
  if (f.chinaReachable) return { value: SUMDB_CHINA, reason: 'china-mirror', finding: null };
  return { value: SUMDB_DEFAULT, reason: 'unreachable', finding: 'GOSUMDB_FAILURE' };
}
