import { formatProxyUrl, isLoopbackHost, type ProxyEndpoint } from './proxy';

/**
 * How a distro reaches a proxy that runs on Windows. In NAT mode the Windows
 * host is the distro's default gateway; resolv.conf is no guide because under
 * dnsTunneling it shows 10.255.255.254, which is not the host. In mirrored
 * mode the distro shares Windows' loopback, so 127.0.0.1 works as is.
 */

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** `ip route show default` (or full `ip route`): the first IPv4 `default via X`. */
export function parseDefaultGateway(ipRoute: string): string | null {
  for (const line of ipRoute.split(/\r?\n/)) {
    const m = /^\s*default\s+via\s+(\S+)/.exec(line);
    if (m && m[1] && IPV4.test(m[1])) return m[1];
  }
  return null;
}

/** /proc/net/route, for a distro without iproute2: gateway is little-endian hex. */
export function parseProcNetRoute(text: string): string | null {
  for (const line of text.split(/\r?\n/).slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 3 || cols[1] !== '00000000') continue;
    const gw = cols[2] ?? '';
    if (!/^[0-9A-Fa-f]{8}$/.test(gw) || gw === '00000000') continue;
    const n = parseInt(gw, 16);
    return [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255].join('.');
  }
  return null;
}

export type NetworkingMode = 'nat' | 'mirrored' | 'unknown';

/** `wslinfo --networking-mode` prints nat/mirrored/virtioproxy/none; older WSL has no wslinfo. */
export function parseNetworkingMode(wslinfo: string | null, wslconfigMode: 'nat' | 'mirrored' | null): NetworkingMode {
  const t = (wslinfo ?? '').trim().toLowerCase();
  if (t === 'mirrored') return 'mirrored';
  if (t === 'nat') return 'nat';
  return wslconfigMode ?? 'unknown';
}

export type ProxyRoute = 'mirrored-loopback' | 'nat-host-address' | 'as-configured' | 'no-gateway';

export interface DistroProxyPlan {
  /** The address the distro should use, or null when we cannot work one out. */
  readonly endpoint: ProxyEndpoint | null;
  readonly route: ProxyRoute;
  /** The Windows proxy must accept connections from the WSL network ("allow LAN"). */
  readonly needsAllowLan: boolean;
  /** For display: never carries credentials. */
  readonly display: string | null;
}

export function planDistroProxy(win: ProxyEndpoint, mode: NetworkingMode, gateway: string | null): DistroProxyPlan {
  if (!isLoopbackHost(win.host)) {
    // A proxy on another machine (corporate) is reached the same way from Windows and the distro.
    return { endpoint: win, route: 'as-configured', needsAllowLan: false, display: formatProxyUrl(win, { redact: true }) };
  }
  if (mode === 'mirrored') {
    const ep = { ...win, host: '127.0.0.1' };
    return { endpoint: ep, route: 'mirrored-loopback', needsAllowLan: false, display: formatProxyUrl(ep, { redact: true }) };
  }
  if (!gateway) return { endpoint: null, route: 'no-gateway', needsAllowLan: true, display: null };
  const ep = { ...win, host: gateway };
  return { endpoint: ep, route: 'nat-host-address', needsAllowLan: true, display: formatProxyUrl(ep, { redact: true }) };
}

/** no_proxy for the distro: loopback, the Windows host itself, plus what Windows bypasses. */
export function buildNoProxy(extra: readonly string[], gateway: string | null): string {
  const items = ['localhost', '127.0.0.1', '::1', ...(gateway ? [gateway] : []), ...extra];
  return [...new Set(items.filter((i) => /^[A-Za-z0-9.:/-]{1,253}$/.test(i)))].join(',');
}
