/**
 * curl's exit code is structured and language-independent, so our own probes
 * (which run curl) are classified from it rather than from its English
 * message. Free text from Go goes through src-shared/diagnose instead.
 * See curl's man page, "EXIT CODES".
 */

export type NetFindingId =
  | 'DNS_FAILURE'
  | 'NET_TIMEOUT'
  | 'CONN_REFUSED_REMOTE'
  | 'PROXY_REFUSED'
  | 'PROXY_BAD_RESPONSE'
  | 'TLS_UNTRUSTED'
  | 'MODULE_NOT_FOUND'
  | 'UNKNOWN';

export interface CurlOutcome {
  readonly curlExit: number;
  readonly httpCode: number;
  /** The proxy's answer to CONNECT (%{http_connect}); 0 when there was none. */
  readonly connectCode?: number;
  readonly viaProxy: boolean;
}

export function classifyCurlFailure(o: CurlOutcome): NetFindingId | null {
  switch (o.curlExit) {
    case 0:
      if (o.httpCode === 200 || o.httpCode === 204) return null;
      if (o.httpCode === 404 || o.httpCode === 410) return 'MODULE_NOT_FOUND';
      if (o.viaProxy && (o.httpCode === 407 || o.httpCode === 502 || o.httpCode === 503)) return 'PROXY_BAD_RESPONSE';
      return 'UNKNOWN';
    case 5: // could not resolve the proxy's name
    case 6: // could not resolve the host
      return 'DNS_FAILURE';
    case 7: // failed to connect: with a proxy set, the proxy is what refused
      return o.viaProxy ? 'PROXY_REFUSED' : 'CONN_REFUSED_REMOTE';
    case 28:
      return 'NET_TIMEOUT';
    case 35: // TLS handshake failed: typically a reset in the middle (filtering), not a certificate
    case 52: // empty reply
    case 55:
    case 56: // receive failure, e.g. reset; through a proxy also "CONNECT tunnel failed"
      if (o.viaProxy && o.connectCode !== undefined && o.connectCode !== 0 && o.connectCode !== 200) return 'PROXY_BAD_RESPONSE';
      return 'CONN_REFUSED_REMOTE';
    case 97: // proxy handshake (SOCKS) failed
      return 'PROXY_BAD_RESPONSE';
    case 51:
    case 58:
    case 60:
    case 77:
    case 83:
      return 'TLS_UNTRUSTED';
    default:
      return 'UNKNOWN';
  }
}
