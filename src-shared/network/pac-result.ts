/**
 * The answer a proxy resolver gives for one URL, in the PAC return format
 * (`PROXY host:port; SOCKS5 host:port; DIRECT`): what FindProxyForURL
 * returns and what Electron's `session.resolveProxy(url)` resolves to. The
 * entries are tried in order; an empty answer means DIRECT.
 */
export type ProxyRoute =
  | { readonly kind: 'direct' }
  | { readonly kind: 'http' | 'https' | 'socks'; readonly host: string; readonly port: number };

const KINDS: Record<string, 'http' | 'https' | 'socks'> = { PROXY: 'http', HTTP: 'http', HTTPS: 'https', SOCKS: 'socks', SOCKS4: 'socks', SOCKS5: 'socks' };
const DEFAULT_PORT = { http: 80, https: 443, socks: 1080 } as const;

/** Parse a PAC answer; entries that are not understood are skipped, never guessed. */
export function parsePacResult(text: string): ProxyRoute[] {
  const out: ProxyRoute[] = [];
  for (const part of text.split(';')) {
    const t = part.trim();
    if (!t) continue;
    if (/^DIRECT$/i.test(t)) {
      out.push({ kind: 'direct' });
      continue;
    }
    const m = /^([A-Za-z0-9]+)\s+(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(t);
    const kind = m ? KINDS[(m[1] ?? '').toUpperCase()] : undefined;
    if (!m || !kind) continue;
    const port = m[3] === undefined ? DEFAULT_PORT[kind] : Number(m[3]);
    if (port < 1 || port > 65535) continue;
    const host = (m[2] ?? '').replace(/^\[|\]$/g, '').toLowerCase();
    out.push({ kind, host, port });
  }
  return out.length > 0 || text.trim() !== '' ? out : [{ kind: 'direct' }];
}

/** One route back in PAC form (for logs and the Terminal: no credentials ever live in a route). */
export function formatRoute(r: ProxyRoute): string {
  if (r.kind === 'direct') return 'DIRECT';
  const host = r.host.includes(':') ? `[${r.host}]` : r.host;
  return `${r.kind === 'http' ? 'PROXY' : r.kind === 'https' ? 'HTTPS' : 'SOCKS5'} ${host}:${r.port}`;
}
