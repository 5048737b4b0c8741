/**
 * A small YAML writer for the winget configuration: maps, lists and strings,
 * numbers, booleans. Scalars are written as JSON strings (a JSON string is a
 * valid YAML double-quoted scalar, so no value can change the structure);
 * multi-line text (the scripts) as literal blocks, which YAML keeps verbatim,
 * when every line is printable and the first non-empty one does not start
 * with a space.
 */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [k: string]: YamlValue | undefined };

const KEY_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Characters YAML 1.2 does not allow raw in a stream (its `c-printable`
 * production: C0 controls but tab/LF/CR, DEL, C1 controls but NEL, lone
 * surrogates, U+FFFE/U+FFFF), plus the ones readers may take as line breaks
 * or strip (NEL, LS, PS, BOM). A reader refuses the whole file on the first.
 */
const NOT_RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The same set, to test one string (a /g pattern keeps state between tests). */
const HAS_NOT_RAW = new RegExp(NOT_RAW.source);

const escapeUnit = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A JSON string is a YAML double-quoted scalar once what JSON leaves raw but YAML does not allow raw is escaped too. */
function quote(s: string): string {
  return JSON.stringify(s).replace(NOT_RAW, escapeUnit);
}

function key(k: string): string {
  return KEY_RE.test(k) ? k : quote(k);
}

function literalOk(s: string): boolean {
  // Printable text and tabs only (YAML's literal block has no escapes); no trailing spaces lost to chomping.
  // YAML takes the block's indentation from its first non-empty line, so that line may not start with a space.
  const firstText = s.split('\n').find((l) => l !== '') ?? '';
  return s.includes('\n') && !firstText.startsWith(' ') && !s.includes('\r') && !HAS_NOT_RAW.test(s) && !/[ \t]\n/.test(s) && !/\s$/.test(s);
}

function scalar(v: string | number | boolean | null, indent: string): string {
  if (typeof v === 'string') {
    if (literalOk(v)) return `|-\n${v.split('\n').map((l) => (l === '' ? '' : `${indent}  ${l}`)).join('\n')}`;
    return quote(v);
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
