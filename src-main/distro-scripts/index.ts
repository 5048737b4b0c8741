import fs from 'node:fs';
import path from 'node:path';
import { devHook, isPackaged } from '../host/packaged';

/**
 * The distro-side bash scripts ship inside app.asar (out/main/distro-scripts,
 * copied there by scripts/build.mjs), where the asar integrity fuse covers
 * them: they run as root in the user's distro, so the installed app reads
 * only that one copy. Development runs also search GWS_SCRIPTS_DIR first
 * (tests), the bundle's folder and the source tree, so the same code works
 * under vitest, in the harness and in bundles of a checkout.
 */
const SCRIPT_NAME = /^[a-z0-9][a-z0-9-]*\.sh$/;

export function scriptDirs(): string[] {
  const shipped = path.join(__dirname, 'distro-scripts');
  if (isPackaged()) return [shipped];
  // Bundles in out/<name>/ of a checkout (bench, dev) find the sources two levels up.
  const dirs = [devHook('GWS_SCRIPTS_DIR'), shipped, __dirname, path.join(__dirname, '..', '..', 'src-main', 'distro-scripts')];
  return dirs.filter((d): d is string => typeof d === 'string' && d.length > 0);
}

export function distroScriptPath(name: string): string {
  if (!SCRIPT_NAME.test(name)) throw new Error(`not a distro script name: ${name}`);
  for (const dir of scriptDirs()) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`distro script ${name} not found`);
}

const cache = new Map<string, string>();

/** The script text, optionally with shared library files prepended (scripts travel on stdin, so there is no `source`). */
export function loadDistroScript(name: string, libs: readonly string[] = []): string {
  const key = [...libs, name].join('+');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const parts = [...libs, name].map((n) => fs.readFileSync(distroScriptPath(n), 'utf8'));
  // Keep the main script's shebang and `set` lines first; libs only define functions.
  const text = parts.length === 1 ? parts[0]! : `${parts.at(-1)!.split('\n')[0]}\n${parts.join('\n')}`;
  cache.set(key, text);
  return text;
}
