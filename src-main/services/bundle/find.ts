import fs from 'node:fs/promises';
import path from 'node:path';
import { BUNDLE_DIR_NAME, MANIFEST_NAME } from '../../../src-shared/bundle/manifest';

/**
 * Where the wizard looks for an offline bundle, first match wins:
 *  1. the folder given as `--bundle DIR` (the person said so);
 *  2. `go-wsl-setup-bundle` next to the app's exe (a lab's network share or
 *     the unpacked zip);
 *  3. `X:\go-wsl-setup-bundle` at the root of drives D: to Z: (a USB stick).
 * Only the presence of manifest.json is checked here (one stat per place, no
 * reading): verification comes later, per file, before use.
 */
export type BundlePlace = 'argument' | 'next-to-app' | 'drive';

export interface FoundBundle {
  readonly dir: string;
  readonly place: BundlePlace;
}

export interface FindBundleOptions {
  readonly argument?: string | null;
  readonly exeDir?: string | null;
  /** Drive letters to scan; default D..Z on Windows, none elsewhere. */
  readonly drives?: readonly string[];
  /** Test seam: does this manifest file exist? (default: fs.stat). */
  readonly exists?: (file: string) => Promise<boolean>;
}

const DEFAULT_DRIVES = 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export function bundleCandidates(o: FindBundleOptions, platform: NodeJS.Platform = process.platform): { dir: string; place: BundlePlace }[] {
  const p = platform === 'win32' ? path.win32 : path;
  const out: { dir: string; place: BundlePlace }[] = [];
  if (o.argument) out.push({ dir: p.resolve(o.argument), place: 'argument' });
  if (o.exeDir) out.push({ dir: p.join(o.exeDir, BUNDLE_DIR_NAME), place: 'next-to-app' });
  const drives = o.drives ?? (platform === 'win32' ? DEFAULT_DRIVES : []);
  for (const d of drives) if (/^[A-Za-z]$/.test(d)) out.push({ dir: `${d.toUpperCase()}:\\${BUNDLE_DIR_NAME}`, place: 'drive' });
  return out;
}

export async function findBundle(o: FindBundleOptions, platform: NodeJS.Platform = process.platform): Promise<FoundBundle | null> {
  const exists = o.exists ?? defaultExists;
  const p = platform === 'win32' ? path.win32 : path;
  for (const c of bundleCandidates(o, platform)) {
    // A folder the person named is taken as given: its verification then says what is wrong with it.
    if (c.place === 'argument' || (await exists(p.join(c.dir, MANIFEST_NAME)))) return c;
  }
  return null;
}

async function defaultExists(file: string): Promise<boolean> {
  const st = await fs.stat(file).catch(() => null);
  return st?.isFile() ?? false;
}
