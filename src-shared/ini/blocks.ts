import type { RawLine } from './lines';

/**
 * Our marked blocks. A block is the text between a begin and an end marker
 * line, both comments, so WSL ignores the markers themselves:
 *
 *   # >>> go-wsl-setup:config >>> (managed by go-wsl-setup ...)
 *   ...
 *   # <<< go-wsl-setup:config <<<
 *
 * Several blocks with different ids may live in one file (the default user and
 * the wizard's settings are applied at different steps). Anything we cannot
 * read unambiguously (a begin without an end, a duplicate, blocks inside each
 * other) is reported, never guessed at: we refuse to edit such a file.
 */
export const BLOCK_OWNER = 'go-wsl-setup';

export const BLOCK_ID_RE = /^[a-z0-9][a-z0-9-]{0,31}$/;

const BEGIN_RE = /^[ \t]*#[ \t]*>>> go-wsl-setup:([a-z0-9-]+) >>>/;
const END_RE = /^[ \t]*#[ \t]*<<< go-wsl-setup:([a-z0-9-]+) <<</;

export interface BlockLocation {
  readonly id: string;
  /** Line index of the begin marker. */
  readonly begin: number;
  /** Line index of the end marker (inclusive). */
  readonly end: number;
}

export type BlockError =
  | { readonly kind: 'unterminated'; readonly id: string; readonly line: number }
  | { readonly kind: 'unmatched-end'; readonly id: string; readonly line: number }
  | { readonly kind: 'nested'; readonly id: string; readonly line: number }
  | { readonly kind: 'duplicate'; readonly id: string; readonly line: number };

export type BlockScan = { readonly ok: true; readonly blocks: readonly BlockLocation[] } | { readonly ok: false; readonly error: BlockError };

export function beginMarker(id: string): string {
  return `# >>> ${BLOCK_OWNER}:${id} >>> managed by ${BLOCK_OWNER}: changes inside are replaced; undo it in the app`;
}

export function endMarker(id: string): string {
  return `# <<< ${BLOCK_OWNER}:${id} <<<`;
}

/** Line numbers in errors are 1-based, for people. */
export function scanBlocks(lines: readonly RawLine[]): BlockScan {
  const blocks: BlockLocation[] = [];
  const seen = new Set<string>();
  let open: { id: string; begin: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as RawLine).text.replace(/^\uFEFF/, '');
    const b = BEGIN_RE.exec(text);
    if (b) {
      const id = b[1] as string;
      if (open) return { ok: false, error: { kind: 'nested', id, line: i + 1 } };
      if (seen.has(id)) return { ok: false, error: { kind: 'duplicate', id, line: i + 1 } };
      open = { id, begin: i };
      continue;
    }
    const e = END_RE.exec(text);
    if (e) {
      const id = e[1] as string;
      if (!open || open.id !== id) return { ok: false, error: { kind: 'unmatched-end', id, line: i + 1 } };
      blocks.push({ id, begin: open.begin, end: i });
      seen.add(id);
      open = null;
    }
  }
  if (open) return { ok: false, error: { kind: 'unterminated', id: open.id, line: open.begin + 1 } };
  return { ok: true, blocks };
}
