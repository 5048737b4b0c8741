/** The part of xterm's buffer API the tail reads (IBuffer / IBufferLine), so the rule is tested without a DOM. */
export interface BufferLike {
  readonly length: number;
  getLine(y: number): { readonly isWrapped: boolean; translateToString(trimRight?: boolean): string } | undefined;
}

/**
 * The last `count` non-blank lines of one terminal view, as the user sees
 * them: xterm has already applied escape sequences and carriage-return
 * overwrites; rows that xterm wrapped at the view's width are joined back into
 * the line the program printed. Reads from the end only.
 */
export function bufferTail(buffer: BufferLike, count: number): string[] {
  const out: string[] = [];
  let pending = '';
  // A row that continues below (the row under it is wrapped) is full to the width: its trailing spaces are text.
  let continues = false;
  for (let y = buffer.length - 1; y >= 0 && out.length < count; y--) {
    const row = buffer.getLine(y);
    if (!row) continue;
    pending = row.translateToString(!continues) + pending;
    continues = row.isWrapped;
    if (continues) continue;
    const line = pending.trimEnd();
    pending = '';
    if (line.length > 0) out.push(line);
  }
  return out.reverse();
}
