import type { Hit, Rule } from '../types';
import { hit } from './util';

/**
 * A pasted /etc/wsl.conf or %UserProfile%\.wslconfig. WSL ignores what it
 * does not know (often silently), so an unknown section or key, or a key
 * outside any section (its section header commented out), is the finding.
 * Only text that has at least one section WSL knows is treated as such a file.
 */
const WSL_CONF: Record<string, readonly string[]> = {
  boot: ['systemd', 'command', 'protectbinfmt'],
  automount: ['enabled', 'mountfstab', 'root', 'options', 'crossdistro', 'ldconfig'],
  network: ['generatehosts', 'generateresolvconf', 'hostname'],
  interop: ['enabled', 'appendwindowspath'],
  user: ['default'],
  gpu: ['enabled'],
  time: ['usewindowstimezone'],
};

const WSLCONFIG: Record<string, readonly string[]> = {
  wsl2: [
    'kernel', 'kernelmodules', 'memory', 'processors', 'localhostforwarding', 'kernelcommandline', 'safemode', 'swap', 'swapfile',
    'pagereporting', 'guiapplications', 'debugconsole', 'nestedvirtualization', 'vmidletimeout', 'dnsproxy', 'networkingmode',
    'firewall', 'dnstunneling', 'autoproxy', 'defaultvhdsize', 'maxcrashdumpcount', 'hostaddressloopback',
  ],
  experimental: [
    'automemoryreclaim', 'sparsevhd', 'besteffortdnsparsing', 'dnstunnelingipaddress', 'initialautoproxytimeout', 'ignoredports',
    'hostaddressloopback', 'usewindowsdnscache', 'networkingmode', 'dnstunneling', 'firewall', 'autoproxy',
  ],
};

interface Problem {
  file: 'wsl.conf' | '.wslconfig';
  line: string;
}

function check(lines: readonly string[]): Problem | null {
  const sections = lines.map((l) => /^\s*\[([\w-]+)\]\s*$/.exec(l)?.[1]?.toLowerCase()).filter((s): s is string => s !== undefined);
  const isWslConf = sections.some((s) => s in WSL_CONF);
  const isWslConfig = sections.some((s) => s in WSLCONFIG);
  if (!isWslConf && !isWslConfig) return null;
  const schema = isWslConfig ? WSLCONFIG : WSL_CONF;
  const file = isWslConfig ? '.wslconfig' : 'wsl.conf';
  let current: string | null = null;
  for (const line of lines) {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;
    const sec = /^\[([\w-]+)\]$/.exec(t);
    if (sec) {
      current = (sec[1] ?? '').toLowerCase();
      if (!(current in schema)) return { file, line: t };
      continue;
    }
    const kv = /^([\w.-]+)\s*=/.exec(t);
    if (!kv) continue;
    if (current === null) return { file, line: t };
    const keys = schema[current] ?? [];
    if (!keys.includes((kv[1] ?? '').toLowerCase())) return { file, line: `[${current}] ${t}` };
  }
  return null;
}

export const wslConfRule: Rule = (ctx): Hit[] => {
  const p = check(ctx.lines);
  if (!p) return [];
  return [p.file === 'wsl.conf' ? hit('WSLCONF_INVALID', 0.7, p.line) : hit('WSLCONFIG_INVALID', 0.7, p.line)];
};

/** True when the text is a config file WSL would accept: a healthy output. */
export function isValidWslConfigText(lines: readonly string[]): boolean {
  const sections = lines.some((l) => /^\s*\[([\w-]+)\]\s*$/.test(l) && ((/\[([\w-]+)\]/.exec(l)?.[1]?.toLowerCase() ?? '') in WSL_CONF || (/\[([\w-]+)\]/.exec(l)?.[1]?.toLowerCase() ?? '') in WSLCONFIG));
  return sections && check(lines) === null;
}
