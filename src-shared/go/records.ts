/**
 * The distro scripts' output protocol: machine lines on stdout are
 * `GWS<TAB>kind<TAB>field...` (see src-main/distro-scripts/lib-go.sh);
 * anything else is human log text.
 */
export interface ScriptRecord {
  readonly kind: string;
  readonly fields: readonly string[];
}

export function parseRecordLine(line: string): ScriptRecord | null {
  const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (!clean.startsWith('GWS\t')) return null;
  const [kind, ...fields] = clean.slice(4).split('\t');
  if (!kind) return null;
  return { kind, fields };
}

export function parseRecords(text: string): ScriptRecord[] {
  const out: ScriptRecord[] = [];
  for (const line of text.split('\n')) {
    const r = parseRecordLine(line);
    if (r) out.push(r);
  }
  return out;
}

/** The diagnosed error a script ended with (`GWS error ID detail`), if any. */
export function scriptError(records: readonly ScriptRecord[]): { id: string; detail: string } | null {
  const r = records.find((x) => x.kind === 'error');
  return r ? { id: r.fields[0] ?? 'UNKNOWN', detail: r.fields[1] ?? '' } : null;
}

/** Splits a stream of text chunks into whole lines (a record may arrive in two chunks). */
export class LineSplitter {
  private rest = '';
  push(chunk: string): string[] {
    const parts = (this.rest + chunk).split('\n');
    this.rest = parts.pop() ?? '';
    return parts;
  }
  end(): string[] {
    const r = this.rest;
    this.rest = '';
    return r ? [r] : [];
  }
}
