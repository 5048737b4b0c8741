/**
 * TLS facts from `openssl s_client`: who issued the certificate the distro
 * sees for a Go host, and whether the distro trusts it. A middlebox that
 * inspects TLS re-signs with its own CA, whose name is not a public CA's.
 */

export interface TlsFacts {
  readonly host: string;
  readonly connected: boolean;
  readonly issuer: string | null;
  readonly subject: string | null;
  /** OpenSSL's verify code: 0 is trusted. */
  readonly verifyCode: number | null;
  readonly verifyText: string | null;
}

/** Organisations that issue the certificates of Go's hosts and the mirrors (and other public CAs). */
const PUBLIC_CA = [
  'Google Trust Services', 'GTS', 'DigiCert', 'GlobalSign', "Let's Encrypt", 'ISRG', 'Sectigo', 'COMODO',
  'Amazon', 'Baltimore', 'GeoTrust', 'Entrust', 'Microsoft', 'GoDaddy', 'Starfield', 'Cloudflare',
  'TrustAsia', 'WoTrus', 'CFCA', 'Certum', 'Buypass', 'QuoVadis', 'USERTrust', 'IdenTrust', 'SSL.com',
  'Encryption Everywhere', 'RapidSSL', 'Thawte', 'Alibaba', 'Zhejiang Tmall',
];

export function isPublicIssuer(issuer: string): boolean {
  const o = /(?:^|[,/]\s*)O\s*=\s*("[^"]*"|[^,/]+)/.exec(issuer)?.[1]?.replace(/"/g, '').trim() ?? '';
  const cn = /(?:^|[,/]\s*)CN\s*=\s*("[^"]*"|[^,/]+)/.exec(issuer)?.[1]?.replace(/"/g, '').trim() ?? '';
  const hay = `${o} ${cn}`.toLowerCase();
  return PUBLIC_CA.some((name) => hay.includes(name.toLowerCase()));
}

/** net-tls.sh prints `TLS_HOST host`, then s_client's output; one block per host. */
export function parseTlsBlocks(text: string): TlsFacts[] {
  const out: TlsFacts[] = [];
  for (const block of text.split(/^TLS_HOST /m).slice(1)) {
    const host = block.slice(0, block.indexOf('\n') < 0 ? undefined : block.indexOf('\n')).trim();
    const issuer = /^issuer=\s*(.+)$/m.exec(block)?.[1]?.trim() ?? null;
    const subject = /^subject=\s*(.+)$/m.exec(block)?.[1]?.trim() ?? null;
    const verify = /Verify return code:\s*(\d+)\s*\(([^)]*)\)/.exec(block);
    out.push({
      host,
      connected: /^CONNECTED\(/m.test(block) && issuer !== null,
      issuer,
      subject,
      verifyCode: verify ? Number(verify[1]) : null,
      verifyText: verify?.[2] ?? null,
    });
  }
  return out;
}

export interface TlsVerdict {
  readonly host: string;
  readonly trusted: boolean;
  /** The issuer is not a public CA: TLS inspection (trusted or not). */
  readonly intercepted: boolean;
  readonly finding: 'TLS_UNTRUSTED' | null;
}

export function judgeTls(f: TlsFacts): TlsVerdict {
  const trusted = f.connected && f.verifyCode === 0;
  const intercepted = f.issuer !== null && !isPublicIssuer(f.issuer);
  return { host: f.host, trusted, intercepted, finding: f.connected && !trusted ? 'TLS_UNTRUSTED' : null };
}
