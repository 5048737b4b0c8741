import type { CatalogId } from '../../catalog/ids';
import type { Hit } from '../types';

/** Evidence is shown to users: one line, trimmed, never a wall of text. */
export function ev(line: string): string {
  const t = line.trim().replace(/\s+/g, ' ');
  return t.length > 200 ? `${t.slice(0, 197)}...` : t;
}

export function hit(id: CatalogId, confidence: number, ...evidence: (string | null | undefined)[]): Hit {
  return { id, confidence, evidence: evidence.filter((e): e is string => typeof e === 'string' && e !== '').map(ev) };
}

export function fallbackHit(id: CatalogId, confidence: number, ...evidence: (string | null | undefined)[]): Hit {
  return { ...hit(id, confidence, ...evidence), fallback: true };
}
