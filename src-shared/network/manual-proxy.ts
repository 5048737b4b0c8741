import { parseWinInetServer, type WindowsProxyRaw } from './windows-proxy';

/**
 * WinINet's manual proxy for one URL, answered in PAC form, the way Chromium
 * reads these settings on Windows (net/proxy_resolution/win/
 * proxy_config_service_win.cc): ProxyServer is one `host:port` for every
 * scheme or a per-scheme list `http=...;https=...;socks=...`; a scheme
 * without its own entry uses the socks entry, else goes direct; ProxyOverride
 * is a `;` list of host patterns with `*` wildcards, where `<local>` means
 * "a plain name without a dot". Loopback never goes through a proxy.
 * Returns null when the manual proxy is off (ProxyEnable 0 or no server).
 */
export function manualProxyFor(url: string, raw: WindowsProxyRaw): string | null {
  const enabled = raw.proxyEnable === true || raw.proxyEnable === 1;
  if (!enabled || !raw.proxyServer?.trim()) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isLoopbackName(host) || bypassed(host, raw.proxyOverride ?? '')) return 'DIRECT';
  const servers = parseWinInetServer(raw.proxyServer);
  const ep = u.protocol === 'https:' ? servers.https : u.protocol === 'http:' ? servers.http : null;
  if (ep) return `PROXY ${ep.host.includes(':') ? `[${ep.host}]` : ep.host}:${ep.port}`;
  if (servers.socks) return `SOCKS5 ${servers.socks.host}:${servers.socks.port}`;
  return 'DIRECT';
}

function isLoopbackName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1';
}

/**
 * ProxyOverride match: case-insensitive, `*` any run of characters, `<local>`
 * = no dot in the name, and an IPv4 CIDR (`10.0.0.0/8`) for IPv4 literals, as
 * Chromium's bypass rules read it.
 */
export function bypassed(host: string, override: string): boolean {
  for (const item of override.split(/[;\s]+/)) {
    const p = item.trim().toLowerCase();
    if (!p) continue;
    if (p === '<local>') {
      if (!host.includes('.') && !host.includes(':')) return true;
      continue;
    }
    const cidr = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(p);
    if (cidr) {
      const a = ipv4(host);
      const net = ipv4(cidr[1] ?? '');
      const bits = Number(cidr[2]);
      if (a !== null && net !== null && bits <= 32) {
        const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
        if (((a & mask) >>> 0) === ((net & mask) >>> 0)) return true;
      }
      continue;
    }
    const re = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (re.test(host)) return true;
  }
  return false;
}

function ipv4(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((x) => x > 255)) return null;
  return parts.reduce((n, x) => n * 256 + x, 0);
}
