import type { CodeHit } from './types';

/**
 * Error codes are the one thing Windows never translates. We collect hex
 * HRESULTs (normalising Win32 codes: 0x1bc -> 0x800701bc, as wsl.exe prints
 * both) and symbolic names (HCS_E_..., WSL_E_..., ERROR_..., E_FAIL).
 */
const HEX = /\b0x[0-9a-f]{1,8}\b/gi;
const SYMBOLIC = /\b(?:[A-Z][A-Z0-9]*_E_[A-Z0-9_]+|E_[A-Z][A-Z_]+|ERROR_[A-Z0-9_]+)\b/g;
const WSL_PATH = /\bWsl\/[\w/]+/g;

export function normaliseHex(raw: string): string | null {
  const v = Number.parseInt(raw.slice(2), 16);
  if (!Number.isFinite(v) || v === 0) return null;
  // Exit codes printed as hex (0xffffffff = -1) are not error codes.
  if (v === 0xffffffff) return null;
  const full = v > 0 && v < 0x10000 ? (0x80070000 | v) >>> 0 : v >>> 0;
  return '0x' + full.toString(16).padStart(8, '0');
}

export function extractCodes(lines: readonly string[]): CodeHit[] {
  const hits: CodeHit[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(HEX)) {
      // "exit status 0xffffffff", "(0xffffffff)" are exit codes; normaliseHex drops them.
      const code = normaliseHex(m[0]);
      if (code && !seen.has(code)) {
        seen.add(code);
        hits.push({ code, raw: m[0], line });
      }
    }
    for (const m of line.matchAll(SYMBOLIC)) {
      if (!seen.has(m[0])) {
        seen.add(m[0]);
        hits.push({ code: m[0], raw: m[0], line });
      }
    }
  }
  return hits;
}

export function extractWslPaths(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) for (const m of line.matchAll(WSL_PATH)) if (!out.includes(m[0])) out.push(m[0]);
  return out;
}
