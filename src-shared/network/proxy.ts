/**
 * Proxy addresses: parsing what Windows or a user gives us, normalising it to
 * one URL form that is safe to hand to a shell script as data, and redacting
 * credentials before anything is shown or logged.
 */

export type ProxyScheme = 'http' | 'https' | 'socks5' | 'socks5h';

export interface ProxyEndpoint {
  readonly scheme: ProxyScheme;
  /** A DNS name, an IPv4 address, or an IPv6 address without brackets. */
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
}

const MAX_INPUT = 2048;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9A-Fa-f:.]{2,45}$/;
// Control characters, whitespace, quotes and shell metacharacters never belong in a proxy address.
const FORBIDDEN = /[\u0000-\u0020\u007f"'`$\\;&|<>(){}!*,]/;

const DEFAULT_PORT: Record<ProxyScheme, number> = { http: 80, https: 443, socks5: 1080, socks5h: 1080 };

export function isValidHost(host: string): boolean {
  if (IPV4.test(host)) return true;
  if (host.includes(':')) return IPV6.test(host) && host.split('::').length <= 2;
  return HOST_NAME.test(host) && !/^\d+(\.\d+)*$/.test(host);
}

function decodeComponent(s: string): string | null {
  try {
    const d = decodeURIComponent(s);
    return /[\u0000-\u001f\u007f]/.test(d) ? null : d;
  } catch {
    return null;
  }
}

/**
 * Parse `host:port`, `scheme://host:port`, or `scheme://user:pass@host:port/`.
 * Returns null for anything else (paths, queries, hostile characters), so a
 * caller never has to sanitise: it either has a clean endpoint or nothing.
 */
export function parseProxyUrl(input: string): ProxyEndpoint | null {
  const raw = input.trim();
  if (raw.length === 0 || raw.length > MAX_INPUT) return null;
  const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?(?:([^@/\s]*)@)?(\[[0-9A-Fa-f:.]+\]|[^:/\s@[\]]+)(?::(\d{1,5}))?\/?$/.exec(raw);
  if (!m) return null;
  const schemeRaw = (m[1] ?? 'http').toLowerCase();
  const scheme: ProxyScheme | null =
    schemeRaw === 'http' || schemeRaw === 'https' || schemeRaw === 'socks5' || schemeRaw === 'socks5h'
      ? schemeRaw
      : schemeRaw === 'socks'
        ? 'socks5'
        : null;
  if (!scheme) return null;
  const hostPart = m[3] ?? '';
  const host = hostPart.startsWith('[') ? hostPart.slice(1, -1) : hostPart;
  if (!isValidHost(host)) return null;
  const port = m[4] === undefined ? DEFAULT_PORT[scheme] : Number(m[4]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  let username: string | undefined;
  let password: string | undefined;
  if (m[2] !== undefined) {
    const info = m[2];
    const colon = info.indexOf(':');
    const u = decodeComponent(colon < 0 ? info : info.slice(0, colon));
    const p = colon < 0 ? undefined : decodeComponent(info.slice(colon + 1));
    if (u === null || p === null || u.length === 0 || u.length > 256 || (p !== undefined && p.length > 256)) return null;
    username = u;
    if (p !== undefined) password = p;
  }
  if (FORBIDDEN.test(host)) return null;
  return { scheme, host: host.toLowerCase(), port, ...(username !== undefined ? { username } : {}), ...(password !== undefined ? { password } : {}) };
}

/** Percent-encode everything but unreserved characters, so credentials never carry a quote or `$` into a file. */
function encodeStrict(s: string): string {
  return Array.from(new TextEncoder().encode(s))
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9._~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

export function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * The one URL form we write and pass around: `scheme://[user[:pass]@]host:port`.
 * Its characters are limited to [A-Za-z0-9._~%:/@[\]-], which is what the
 * distro scripts re-check before writing it.
 */
export function formatProxyUrl(p: ProxyEndpoint, opts: { redact?: boolean } = {}): string {
  let auth = '';
  if (p.username !== undefined) {
    if (opts.redact) auth = '***:***@';
    else auth = `${encodeStrict(p.username)}${p.password !== undefined ? `:${encodeStrict(p.password)}` : ''}@`;
  }
  return `${p.scheme}://${auth}${hostForUrl(p.host)}:${p.port}`;
}

export function hasCredentials(p: ProxyEndpoint): boolean {
  return p.username !== undefined || p.password !== undefined;
}

/**
 * Remove credentials from free text (script output, error messages) before it
 * is logged or shown: any `scheme://user:pass@` form, plus every exact secret
 * we know about, raw and percent-encoded.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/@'"]+@/g, '$1***:***@');
  for (const s of secrets) {
    if (!s || s.length < 2) continue;
    for (const form of new Set([s, encodeStrict(s), encodeURIComponent(s)])) out = out.split(form).join('***');
  }
  return out;
}

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** Ports local proxy tools listen on by default; the name helps the user find the "allow LAN" switch. */
export const TYPICAL_LOCAL_PROXY_PORTS: Readonly<Record<number, string>> = {
  7890: 'Clash / Clash for Windows / mihomo',
  7897: 'Clash Verge',
  7891: 'Clash (SOCKS)',
  10808: 'v2rayN (SOCKS)',
  10809: 'v2rayN (HTTP)',
  1080: 'Shadowsocks / SOCKS',
  1081: 'Shadowsocks (HTTP)',
  1087: 'ShadowsocksX-NG (HTTP)',
  8118: 'Privoxy',
  8888: 'Fiddler / Charles',
  8889: 'Fiddler / Charles',
  33210: 'Qv2ray (HTTP)',
  20171: 'v2rayA (HTTP)',
};

export function recogniseLocalProxy(p: ProxyEndpoint): string | null {
  if (!isLoopbackHost(p.host)) return null;
  return TYPICAL_LOCAL_PROXY_PORTS[p.port] ?? 'local proxy';
}
