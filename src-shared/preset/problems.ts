import type { z } from 'zod';
import type { Lang } from '../catalog/types';
import { hintOf } from './hints';
import { Preset } from './schema';

/**
 * Reading a preset: JSON text in, either the preset or every problem named by
 * its JSON path (RFC 6901 pointer, "" for the whole file) in en and zh-CN.
 * Nothing is applied here or by the callers before this says ok, so a bad
 * preset changes nothing.
 */

export interface PresetProblem {
  /** JSON pointer, e.g. /proxy/value/url. */
  readonly path: string;
  readonly code: string;
  readonly message: Readonly<Record<Lang, string>>;
}

export type PresetRead = { ok: true; preset: Preset } | { ok: false; problems: PresetProblem[] };

const MAX_BYTES = 256 * 1024;

export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Whether the file has anything at this path (zod does not report the input unless asked, and it may hold secrets). */
function present(value: unknown, path: readonly PropertyKey[]): boolean {
  let v: unknown = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) return false;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v !== undefined;
}

function describe(issue: z.core.$ZodIssue, value: unknown): Record<Lang, string> {
  const h = hintOf(issue.message);
  if (h) return { en: `expected ${h.en}`, 'zh-CN': `应为${h['zh-CN']}` };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return { en: `unknown key(s): ${keys} (misspelt?)`, 'zh-CN': `未知的键：${keys}（拼写错误？）` };
    }
    case 'invalid_type':
      if (!present(value, issue.path)) return { en: `missing: expected ${issue.expected}`, 'zh-CN': `缺少此项：应为 ${issue.expected}` };
      return { en: `wrong type: expected ${issue.expected}`, 'zh-CN': `类型错误：应为 ${issue.expected}` };
    case 'invalid_value':
      return { en: `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, 'zh-CN': `只能是：${issue.values.map((v) => JSON.stringify(v)).join('、')}` };
    case 'too_big':
      return { en: `too long or too large (at most ${String(issue.maximum)})`, 'zh-CN': `过长或过大（最多 ${String(issue.maximum)}）` };
    case 'too_small':
      return { en: `too short or too small (at least ${String(issue.minimum)})`, 'zh-CN': `过短或过小（至少 ${String(issue.minimum)}）` };
    case 'invalid_union':
      return { en: 'matches none of the allowed forms', 'zh-CN': '不符合任何一种允许的形式' };
    case 'invalid_key':
      return { en: 'invalid key', 'zh-CN': '键名无效' };
    default:
      // Messages from shared name schemas (src-shared/names) are English; keep them, with a zh-CN lead.
      return { en: issue.message, 'zh-CN': `格式不正确（${issue.message}）` };
  }
}

export function checkPreset(value: unknown): PresetRead {
  const r = Preset.safeParse(value);
  if (r.success) return { ok: true, preset: r.data };
  return { ok: false, problems: r.error.issues.map((i) => ({ path: jsonPointer(i.path), code: i.code, message: describe(i, value) })) };
}

/** Parse and check preset file text (BOM tolerated: Notepad writes one). */
export function readPreset(text: string): PresetRead {
  if (text.length > MAX_BYTES) return { ok: false, problems: [{ path: '', code: 'too_big', message: { en: `file larger than ${MAX_BYTES} bytes`, 'zh-CN': `文件超过 ${MAX_BYTES} 字节` } }] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [{ path: '', code: 'invalid_json', message: { en: `not valid JSON: ${why}`, 'zh-CN': `不是有效的 JSON：${why}` } }] };
  }
  return checkPreset(value);
}
