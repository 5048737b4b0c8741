import type { CatalogId } from '../catalog/ids';
import type { Finding, Hit } from './types';

/**
 * Merge rule hits into ordered findings. Several hits for one ID raise its
 * confidence a little (independent signals agree); a specific finding
 * removes the generic ones it explains (a Windows-side download failure is
 * not also a distro network problem), and phase-only guesses give way to
 * anything more specific.
 */
const SUPERSEDES: Partial<Record<CatalogId, readonly CatalogId[]>> = {
  WSL_DOWNLOAD_NETWORK: ['NET_TIMEOUT', 'DNS_FAILURE', 'CONN_REFUSED_REMOTE'],
  SUDO_SECURE_PATH: ['GO_NOT_FOUND'],
  PROXY_REFUSED: ['CONN_REFUSED_REMOTE'],
  PRIVATE_MODULE: ['MODULE_NOT_FOUND'],
  // git asking for credentials is why the version could not be fetched ("invalid version: git fetch ... exit status 128").
  GIT_AUTH: ['MODULE_NOT_FOUND'],
  WIN_BUILD_TOO_OLD: ['OPTIONAL_COMPONENT_ENABLE_FAILED'],
};

const MAX_EVIDENCE = 6;

export function combine(hits: readonly Hit[]): Finding[] {
  const groups = new Map<CatalogId, { best: number; extra: number; evidence: string[]; fallback: boolean; order: number }>();
  hits.forEach((h, order) => {
    const g = groups.get(h.id);
    if (!g) {
      groups.set(h.id, { best: h.confidence, extra: 0, evidence: [...h.evidence], fallback: h.fallback === true, order });
      return;
    }
    const novel = h.evidence.some((e) => !g.evidence.includes(e));
    if (novel) g.extra++;
    g.best = Math.max(g.best, h.confidence);
    g.fallback = g.fallback && h.fallback === true;
    for (const e of h.evidence) if (!g.evidence.includes(e)) g.evidence.push(e);
  });

  const specific = [...groups.values()].some((g) => !g.fallback);
  const dropped = new Set<CatalogId>();
  for (const id of groups.keys()) for (const d of SUPERSEDES[id] ?? []) dropped.add(d);

  const findings: (Finding & { order: number })[] = [];
  for (const [id, g] of groups) {
    if (dropped.has(id) || (specific && g.fallback)) continue;
    const confidence = Math.min(0.99, g.best + 0.02 * Math.min(g.extra, 3));
    findings.push({ id, confidence: Math.round(confidence * 100) / 100, evidence: g.evidence.slice(0, MAX_EVIDENCE), order: g.order });
  }
  findings.sort((a, b) => b.confidence - a.confidence || a.order - b.order);
  return findings.map(({ id, confidence, evidence }) => ({ id, confidence, evidence }));
}
