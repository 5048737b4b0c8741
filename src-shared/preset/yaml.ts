/**
 * A small YAML writer for the winget configuration: maps, lists and strings,
 * numbers, booleans. Scalars are written as JSON strings (a JSON string is a
 * valid YAML double-quoted scalar, so no value can change the structure);
 * multi-line text (the scripts) as literal blocks, which YAML keeps verbatim,
 * when every line is printable and the first does not start with a space.
 */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [k: string]: YamlValue | undefined };

const KEY_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function key(k: string): string {
  return KEY_RE.test(k) ? k : JSON.stringify(k);
}

function literalOk(s: string): boolean {
  // Printable text and tabs only (YAML's literal block has no escapes); no trailing spaces lost to chomping.
  return s.includes('\n') && !s.startsWith(' ') && !/[\u0000-\u0008\u000b-\u001f\u007f\r]/.test(s) && !/[ \t]\n/.test(s) && !/\s$/.test(s);
}

function scalar(v: string | number | boolean | null, indent: string): string {
  if (typeof v === 'string') {
    if (literalOk(v)) return `|-\n${v.split('\n').map((l) => (l === '' ? '' : `${indent}  ${l}`)).join('\n')}`;
    return JSON.stringify(v);
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error('yaml: non-finite number');
    return String(v);
  }
  return v === null ? 'null' : String(v);
}

function isScalar(v: YamlValue): v is string | number | boolean | null {
  return v === null || typeof v !== 'object';
}

function lines(v: YamlValue, indent: string): string[] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${indent}[]`];
    return (v as readonly YamlValue[]).flatMap((item) => {
      if (isScalar(item)) return [`${indent}- ${scalar(item, indent)}`];
      const inner = lines(item, `${indent}  `);
      const first = inner[0] ?? '';
      return [`${indent}- ${first.slice(indent.length + 2)}`, ...inner.slice(1)];
    });
  }
  const entries = Object.entries(v as Record<string, YamlValue | undefined>).filter((e): e is [string, YamlValue] => e[1] !== undefined);
  if (entries.length === 0) return [`${indent}{}`];
  return entries.flatMap(([k, val]) => {
    if (isScalar(val)) return [`${indent}${key(k)}: ${scalar(val, indent)}`];
    if (Array.isArray(val) && val.length === 0) return [`${indent}${key(k)}: []`];
    if (!Array.isArray(val) && Object.keys(val).length === 0) return [`${indent}${key(k)}: {}`];
    return [`${indent}${key(k)}:`, ...lines(val, `${indent}  `)];
  });
}

export function toYaml(v: YamlValue): string {
  if (isScalar(v)) return `${scalar(v, '')}\n`;
  return `${lines(v, '').join('\n')}\n`;
}
