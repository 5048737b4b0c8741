import fs from 'node:fs';
import path from 'node:path';

/**
 * The distro-side bash scripts ship as files next to the bundle
 * (out/<bundle>/distro-scripts, copied by scripts/build.mjs and packaged as
 * resources) and live here in the source tree; both are searched so the same
 * code works under vitest, in the harness and in the packaged app.
 */
const SCRIPT_NAME = /^[a-z0-9][a-z0-9-]*\.sh$/;

function candidates(): string[] {
  // Bundles in out/<name>/ of a checkout (bench, dev) find the sources two levels up.
  const dirs = [process.env.GWS_SCRIPTS_DIR, path.join(__dirname, 'distro-scripts'), __dirname, path.join(__dirname, '..', '..', 'src-main', 'distro-scripts')];
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resources) dirs.push(path.join(resources, 'distro-scripts'));
  return dirs.filter((d): d is string => typeof d === 'string' && d.length > 0);
}

export function distroScriptPath(name: string): string {
  if (!SCRIPT_NAME.test(name)) throw new Error(`not a distro script name: ${name}`);
  for (const dir of candidates()) {
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
