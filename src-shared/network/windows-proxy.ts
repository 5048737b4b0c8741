import { parseProxyUrl, recogniseLocalProxy, type ProxyEndpoint } from './proxy';

/**
 * The Windows side of the proxy: WinINet (what browsers and most apps use,
 * HKCU\...\Internet Settings) and WinHTTP (services, the Store, `wsl --install`).
 * A distro follows neither, so we read both and tell the user which one we
 * carried over.
 */

export interface WindowsProxyRaw {
  proxyEnable?: number | boolean | null;
  proxyServer?: string | null;
  proxyOverride?: string | null;
  autoConfigUrl?: string | null;
  /** HKLM\...\Connections\WinHttpSettings, base64: a binary blob, language-independent unlike netsh's text. */
  winhttpSettings?: string | null;
  /** %UserProfile%\.wslconfig text, or null when absent. */
  wslconfig?: string | null;
  /** The PAC script served at autoConfigUrl when it was read (<= 256 KiB), or null. */
  pacScript?: string | null;
}

export interface WindowsProxyFacts {
  wininet: { enabled: boolean; http: ProxyEndpoint | null; https: ProxyEndpoint | null; socks: ProxyEndpoint | null; bypass: string[] };
  autoConfigUrl: string | null;
  winhttp: { direct: boolean; server: string | null; bypass: string | null } | null;
  /** The endpoint a distro should use (https first: Go fetches over https), or null for none. */
  chosen: ProxyEndpoint | null;
  /** e.g. "Clash Verge" for 127.0.0.1:7897. */
  recognisedAs: string | null;
  wslconfig: WslConfigNetwork;
}

export interface WslConfigNetwork {
  networkingMode: 'nat' | 'mirrored' | null;
  dnsTunneling: boolean | null;
  autoProxy: boolean | null;
}

/** WinINet ProxyServer: `host:port` for every protocol, or `http=h:p;https=h:p;socks=h:p`. */
export function parseWinInetServer(server: string): { http: ProxyEndpoint | null; https: ProxyEndpoint | null; socks: ProxyEndpoint | null } {
  const out = { http: null as ProxyEndpoint | null, https: null as ProxyEndpoint | null, socks: null as ProxyEndpoint | null };
  const s = server.trim();
  if (!s) return out;
  if (!s.includes('=')) {
    const p = parseProxyUrl(s);
    return { http: p, https: p, socks: null };
  }
  for (const part of s.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const val = part.slice(eq + 1).trim();
    if (key === 'http') out.http = parseProxyUrl(val);
    else if (key === 'https') out.https = parseProxyUrl(val);
    else if (key === 'socks') out.socks = parseProxyUrl(val.includes('://') ? val : `socks5://${val}`);
  }
  return out;
}

/**
 * ProxyOverride (`<local>;*.corp.example;10.*`) -> no_proxy entries that curl,
 * Go and apt understand: `*.x` becomes `.x`, an octet wildcard becomes a CIDR.
 * `<local>` (plain intranet names) has no no_proxy form and is dropped.
 */
export function bypassToNoProxy(override: string): string[] {
  const out: string[] = [];
  for (const item of override.split(/[;,\s]+/)) {
    const t = item.trim().toLowerCase();
    if (!t || t === '<local>') continue;
    const oct = /^(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?\.\*$/.exec(t);
    if (oct) {
      const parts = [oct[1], oct[2], oct[3]].filter((x): x is string => x !== undefined);
      out.push(`${[...parts, ...Array(4 - parts.length).fill('0')].join('.')}/${parts.length * 8}`);
      continue;
    }
    const name = t.startsWith('*.') ? t.slice(1) : t;
    if (/^\.?[a-z0-9.-]+$/.test(name) || /^[0-9a-f:.]+(\/\d+)?$/.test(name)) out.push(name);
  }
  return [...new Set(out)];
}

/** WinHttpSettings blob: DWORD size, DWORD counter, DWORD flags (1 direct, 3 proxy), DWORD len + proxy, DWORD len + bypass. */
export function parseWinHttpSettings(bytes: Uint8Array): { direct: boolean; server: string | null; bypass: string | null } | null {
  if (bytes.length < 16) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = dv.getUint32(8, true);
  const readStr = (at: number): [string, number] | null => {
    if (at + 4 > bytes.length) return null;
    const len = dv.getUint32(at, true);
    if (len > 4096 || at + 4 + len > bytes.length) return null;
    return [String.fromCharCode(...bytes.subarray(at + 4, at + 4 + len)), at + 4 + len];
  };
  const proxy = readStr(12);
  if (!proxy) return null;
  const bypass = readStr(proxy[1]);
  const direct = (flags & 2) === 0;
  return { direct, server: direct || !proxy[0] ? null : proxy[0], bypass: bypass && bypass[0] ? bypass[0] : null };
}

/** `netsh winhttp show proxy` in English; other languages fall back to "unknown" (the blob is preferred). */
export function parseNetshWinHttp(text: string): { direct: boolean; server: string | null; bypass: string | null } | null {
  if (/Direct access \(no proxy server\)/i.test(text)) return { direct: true, server: null, bypass: null };
  const server = /Proxy Server\(s\)\s*:\s*(\S+)/i.exec(text)?.[1] ?? null;
  if (!server) return null;
  const bypass = /Bypass List\s*:\s*(\S.*)$/im.exec(text)?.[1]?.trim() ?? null;
  return { direct: false, server, bypass };
}

/** The [wsl2] keys that decide how a distro reaches Windows' localhost. Later keys win, as in WSL. */
export function parseWslConfig(text: string | null | undefined): WslConfigNetwork {
  const out: WslConfigNetwork = { networkingMode: null, dnsTunneling: null, autoProxy: null };
  if (!text) return out;
  let section = '';
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/[#;].*$/, '').trim();
    const sec = /^\[(.+)\]$/.exec(line);
    if (sec) {
      section = (sec[1] ?? '').trim().toLowerCase();
      continue;
    }
    if (section !== 'wsl2') continue;
    const kv = /^([A-Za-z.]+)\s*=\s*"?([^"]*)"?$/.exec(line);
    if (!kv) continue;
    const key = (kv[1] ?? '').toLowerCase();
    const val = (kv[2] ?? '').trim().toLowerCase();
    const bool = val === 'true' ? true : val === 'false' ? false : null;
    if (key === 'networkingmode') out.networkingMode = val === 'mirrored' ? 'mirrored' : val === 'nat' ? 'nat' : out.networkingMode;
    else if (key === 'dnstunneling') out.dnsTunneling = bool;
    else if (key === 'autoproxy') out.autoProxy = bool;
  }
  return out;
}

function base64ToBytes(b64: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(b64.trim()), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function windowsProxyFacts(raw: WindowsProxyRaw): WindowsProxyFacts {
  const enabled = raw.proxyEnable === true || raw.proxyEnable === 1;
  const servers = enabled && raw.proxyServer ? parseWinInetServer(raw.proxyServer) : { http: null, https: null, socks: null };
  const blob = raw.winhttpSettings ? base64ToBytes(raw.winhttpSettings) : null;
  const winhttp = blob ? parseWinHttpSettings(blob) : null;
  const winhttpEndpoint = winhttp?.server ? parseWinInetServer(winhttp.server) : null;
  const chosen = servers.https ?? servers.http ?? servers.socks ?? winhttpEndpoint?.https ?? winhttpEndpoint?.http ?? null;
  const autoConfigUrl = raw.autoConfigUrl && /^(https?|file):\/\/\S{1,2000}$/i.test(raw.autoConfigUrl) ? raw.autoConfigUrl : null;
  return {
    wininet: { enabled, ...servers, bypass: raw.proxyOverride ? bypassToNoProxy(raw.proxyOverride) : [] },
    autoConfigUrl,
    winhttp,
    chosen,
    recognisedAs: chosen ? recogniseLocalProxy(chosen) : null,
    wslconfig: parseWslConfig(raw.wslconfig),
  };
}
