import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { encodeUtf16le } from '../../../src-shared/util/decode';

/**
 * Fixture files: a header (source/kind/locale/expect/facts) then `---` and
 * the text as posted. Real ones are copies of ../shared/fixtures/real;
 * made-up variants live beside the diagnoser tests and say so in `source:`.
 */
export interface Fixture {
  file: string;
  source: string;
  kind: string;
  locale: string;
  expect: string;
  facts: string;
  /** The text after the header, exactly as stored (UTF-8). */
  body: string;
}

export const REAL_DIR = path.resolve(__dirname, '../../fixtures/real');
export const VARIANT_DIR = path.resolve(__dirname, '../diagnose/variants');

export function parseFixture(file: string, raw: string): Fixture {
  const cut = raw.indexOf('\n---\n');
  if (cut < 0) throw new Error(`${file}: no --- separator`);
  const header = raw.slice(0, cut);
  const field = (name: string): string => new RegExp(`^${name}: (.*)$`, 'm').exec(header)?.[1]?.trim() ?? '';
  return { file, source: field('source'), kind: field('kind'), locale: field('locale'), expect: field('expect'), facts: field('facts'), body: raw.slice(cut + 5) };
}

export function loadDir(dir: string): Fixture[] {
  const out: Fixture[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(parseFixture(path.relative(dir, p), readFileSync(p, 'utf8')));
    }
  };
  walk(dir);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

export function fixture(rel: string): Fixture {
  return parseFixture(rel, readFileSync(path.join(REAL_DIR, rel), 'utf8'));
}

export type EncodingName = 'as-posted' | 'utf16le+bom' | 'utf16le';
export const ENCODINGS: readonly EncodingName[] = ['as-posted', 'utf16le+bom', 'utf16le'];

/** The body as bytes: as posted (UTF-8), or re-encoded the way wsl.exe writes when captured. */
export function encode(body: string, enc: EncodingName): Uint8Array {
  if (enc === 'as-posted') return new Uint8Array(Buffer.from(body, 'utf8'));
  return encodeUtf16le(body, enc === 'utf16le+bom');
}
