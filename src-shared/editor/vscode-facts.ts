import { decodeInput, type RawInput } from '../parse/input';
import { WSL_EXTENSION_ID } from './commands';

/**
 * What the facts script (src-main/host/commands/windows-facts.ts) found about
 * VS Code, read from its JSON (`vscode`, `vscodeExtensions`, `winget`). Pure:
 * the main side uses `cli` to run the VS Code CLI; the page sees the rest.
 *
 * - Installs come from the Inno Setup uninstall keys (version, location) and
 *   the default folders (location only). The same folder found both ways is
 *   one install. An install is usable when its exe and resources\app\out\cli.js
 *   exist: bin\code.cmd runs exactly those two with ELECTRON_RUN_AS_NODE=1.
 * - The WSL extension is installed when a folder
 *   `ms-vscode-remote.remote-wsl-<version>` exists in %USERPROFILE%\.vscode\extensions
 *   and is not listed in that folder's `.obsolete` JSON (VS Code lists there
 *   the folders it is removing). `ms-vscode-remote.remote-wsl-recommender` is
 *   another extension: a version starts with a digit.
 */
export type VsCodeScope = 'user' | 'system';
export type VsCodeChannel = 'stable' | 'insiders';

export interface VsCodeInstall {
  scope: VsCodeScope;
  channel: VsCodeChannel;
  version: string | null;
  /** The install folder, without a trailing backslash. */
  location: string;
  /** The exe and cli.js the CLI runs, when both exist. */
  cli: { exe: string; cliJs: string } | null;
}

export interface VsCodeFacts {
  /** false: the facts came from a script (or a recording) older than the VS Code fields: nothing is known. */
  known: boolean;
  /** Every install found, best first (stable before Insiders, user before system, usable before not). */
  installs: VsCodeInstall[];
  wslExtension: { installed: boolean; version: string | null };
  /** winget.exe's path (the App Installer alias), or null where there is none (LTSC, Server). */
  winget: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const list = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function rootOf(text: string): Obj {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return {};
  try {
    const parsed = JSON.parse(text.slice(start, end + 1)) as Json;
    return isObj(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * A drive path, or one under the profile written with its variable (the facts script writes
 * %LOCALAPPDATA% / %USERPROFILE% so the user's name stays out of the facts; main expands them).
 */
const WINDOWS_PATH = /^(?:[A-Za-z]:|%(?:LOCALAPPDATA|USERPROFILE)%)\\/i;

const trimSlash = (p: string): string => p.replace(/[\\/]+$/, '');
const exeName = (channel: VsCodeChannel): string => (channel === 'insiders' ? 'Code - Insiders.exe' : 'Code.exe');

function install(o: Obj): VsCodeInstall | null {
  const raw = str(o.installLocation);
  if (raw === null || !WINDOWS_PATH.test(raw)) return null;
  const location = trimSlash(raw);
  const scope: VsCodeScope = o.scope === 'system' ? 'system' : 'user';
  const channel: VsCodeChannel = o.channel === 'insiders' ? 'insiders' : 'stable';
  const usable = o.exe === true && o.cliJs === true;
  return {
    scope,
    channel,
    version: str(o.version),
    location,
    cli: usable ? { exe: `${location}\\${exeName(channel)}`, cliJs: `${location}\\resources\\app\\out\\cli.js` } : null,
  };
}

const rank = (i: VsCodeInstall): number => (i.cli ? 0 : 4) + (i.channel === 'insiders' ? 2 : 0) + (i.scope === 'system' ? 1 : 0);

/** Compare dotted versions numerically (0.88.10 after 0.88.9). */
function newer(a: string, b: string): boolean {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  return false;
}

function obsoleteSet(text: string | null): Set<string> {
  if (!text) return new Set();
  try {
    const parsed = JSON.parse(text) as Json;
    if (!isObj(parsed)) return new Set();
    return new Set(Object.entries(parsed).filter(([, v]) => v === true).map(([k]) => k.toLowerCase()));
  } catch {
    return new Set();
  }
}

function wslExtension(o: Obj): VsCodeFacts['wslExtension'] {
  const obsolete = obsoleteSet(str(o.obsolete));
  const pattern = new RegExp(`^${WSL_EXTENSION_ID.replace(/\./g, '\\.')}-(\\d+\\.\\d+\\.\\d+[\\w.-]*)$`, 'i');
  let version: string | null = null;
  for (const f of list(o.folders)) {
    const name = str(f);
    const m = name ? pattern.exec(name) : null;
    if (!name || !m || obsolete.has(name.toLowerCase())) continue;
    if (version === null || newer(m[1]!, version)) version = m[1]!;
  }
  return { installed: version !== null, version };
}

export function parseVsCodeFacts(input: RawInput): VsCodeFacts {
  const root = rootOf(decodeInput(input));
  const byLocation = new Map<string, VsCodeInstall>();
  // Uninstall entries first: they carry the version; a folder entry for the same place adds nothing.
  const entries = list(root.vscode).filter(isObj);
  for (const o of [...entries.filter((e) => e.source !== 'folder'), ...entries.filter((e) => e.source === 'folder')]) {
    const i = install(o);
    if (i && !byLocation.has(i.location.toLowerCase())) byLocation.set(i.location.toLowerCase(), i);
  }
  const installs = [...byLocation.values()].sort((a, b) => rank(a) - rank(b));
  const ext = root.vscodeExtensions;
  const winget = str(root.winget);
  return {
    known: 'vscode' in root,
    installs,
    wslExtension: wslExtension(isObj(ext) ? ext : {}),
    winget: winget && WINDOWS_PATH.test(winget) && /\\winget\.exe$/i.test(winget) ? winget : null,
  };
}

/** The install the wizard uses: the first usable one. */
export function usableVsCode(f: VsCodeFacts): VsCodeInstall | null {
  return f.installs.find((i) => i.cli !== null) ?? null;
}
