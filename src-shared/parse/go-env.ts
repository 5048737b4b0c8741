import { normalize, type NormalizedText } from './normalize';
import type { RawInput } from './input';
import type { GoEnv } from './types';

/**
 * `go env` in all its forms: `KEY="v"` (before Go 1.21), `KEY='v'` (1.21+,
 * with '\'' for a quote inside), `set KEY=v` (Windows), and `go env -json`.
 * A value cut off by the paste (no closing quote) is kept as printed.
 */
const LINE = /^\s*(?:set\s+|export\s+)?([A-Z][A-Z0-9_]*)=(.*)$/;

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.startsWith("'")) {
    // POSIX single quotes: 'it'\''s' -> it's
    const body = v.endsWith("'") && v.length >= 2 ? v.slice(1, -1) : v.slice(1);
    return body.replace(/'\\''/g, "'");
  }
  if (v.startsWith('"')) {
    const body = v.endsWith('"') && v.length >= 2 ? v.slice(1, -1) : v.slice(1);
    return body.replace(/\\(["\\$`])/g, '$1');
  }
  return v;
}

/** The `go env -json` object, if the text holds one. */
function fromJson(text: string): Record<string, string> | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (/^[A-Z][A-Z0-9_]*$/.test(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) vars[k] = String(v);
  }
  return Object.keys(vars).length > 0 ? vars : null;
}

export function parseGoEnv(input: RawInput | NormalizedText): GoEnv {
  const n = normalize(input);
  const text = n.lines.map((l) => l.text).join('\n');
  const json = fromJson(text);
  if (json) return { vars: json };
  const vars: Record<string, string> = {};
  for (const line of n.lines) {
    if (line.kind !== 'text') continue;
    const m = LINE.exec(line.text);
    if (m) vars[m[1] ?? ''] = unquote(m[2] ?? '');
  }
  return { vars };
}
