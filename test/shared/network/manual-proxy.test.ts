import { describe, expect, it } from 'vitest';
import { bypassed, manualProxyFor } from '../../../src-shared/network/manual-proxy';
import { formatRoute, parsePacResult } from '../../../src-shared/network/pac-result';

/**
 * WinINet's manual settings as the registry holds them (HKCU\...\Internet
 * Settings ProxyEnable / ProxyServer / ProxyOverride, Microsoft's documented
 * forms: one `host:port`, or `http=...;https=...;socks=...`; ProxyOverride a
 * `;` list with `*` and `<local>`).
 */
describe('manualProxyFor', () => {
  it('uses the one server for every scheme', () => {
    const raw = { proxyEnable: 1, proxyServer: '127.0.0.1:7890', proxyOverride: '<local>' };
    expect(manualProxyFor('https://go.dev/dl/', raw)).toBe('PROXY 127.0.0.1:7890');
    expect(manualProxyFor('http://mirror.test/x', raw)).toBe('PROXY 127.0.0.1:7890');
  });

  it('picks the per-scheme entry, socks for a scheme without one, DIRECT without either', () => {
    const perScheme = { proxyEnable: 1, proxyServer: 'http=proxy.corp:8080;https=proxy.corp:8443' };
    expect(manualProxyFor('https://go.dev/', perScheme)).toBe('PROXY proxy.corp:8443');
    expect(manualProxyFor('http://go.dev/', perScheme)).toBe('PROXY proxy.corp:8080');
    expect(manualProxyFor('https://go.dev/', { proxyEnable: 1, proxyServer: 'http=proxy.corp:8080;socks=127.0.0.1:1080' })).toBe('SOCKS5 127.0.0.1:1080');
    expect(manualProxyFor('https://go.dev/', { proxyEnable: 1, proxyServer: 'http=proxy.corp:8080' })).toBe('DIRECT');
  });

  it('honours ProxyOverride (<local>, wildcards) and never proxies loopback', () => {
    const raw = { proxyEnable: 1, proxyServer: 'proxy.corp:8080', proxyOverride: '*.corp.example;10.*;<local>' };
    expect(manualProxyFor('https://git.corp.example/', raw)).toBe('DIRECT');
    expect(manualProxyFor('http://10.2.3.4/', raw)).toBe('DIRECT');
    expect(manualProxyFor('http://intranet/', raw)).toBe('DIRECT');
    expect(manualProxyFor('http://127.0.0.1:8080/', raw)).toBe('DIRECT');
    expect(manualProxyFor('https://proxy.golang.org/', raw)).toBe('PROXY proxy.corp:8080');
    expect(bypassed('corp.example', '*.corp.example')).toBe(false);
    expect(bypassed('192.168.3.7', '192.168.0.0/16')).toBe(true);
    expect(bypassed('192.169.3.7', '192.168.0.0/16')).toBe(false);
    expect(bypassed('example.com', '10.0.0.0/8')).toBe(false);
  });

  it('is off when ProxyEnable is 0 or the server empty', () => {
    expect(manualProxyFor('https://go.dev/', { proxyEnable: 0, proxyServer: '127.0.0.1:7890' })).toBeNull();
    expect(manualProxyFor('https://go.dev/', { proxyEnable: 1, proxyServer: '' })).toBeNull();
  });
});

describe('parsePacResult', () => {
  it('reads every entry kind, in order, and treats an empty answer as DIRECT', () => {
    expect(parsePacResult('PROXY 127.0.0.1:10809; SOCKS5 127.0.0.1:10808; DIRECT')).toEqual([
      { kind: 'http', host: '127.0.0.1', port: 10809 },
      { kind: 'socks', host: '127.0.0.1', port: 10808 },
      { kind: 'direct' },
    ]);
    expect(parsePacResult('PROXY 127.0.0.1:10809;')).toEqual([{ kind: 'http', host: '127.0.0.1', port: 10809 }]);
    expect(parsePacResult('')).toEqual([{ kind: 'direct' }]);
    expect(parsePacResult('HTTPS proxy.corp:443')).toEqual([{ kind: 'https', host: 'proxy.corp', port: 443 }]);
  });

  it('skips entries it does not understand instead of guessing', () => {
    expect(parsePacResult('FOO bar; PROXY bad host:1; PROXY h:99999; DIRECT')).toEqual([{ kind: 'direct' }]);
    expect(parsePacResult('nonsense')).toEqual([]);
  });

  it('formats a route back to PAC form', () => {
    expect(formatRoute({ kind: 'http', host: '::1', port: 8080 })).toBe('PROXY [::1]:8080');
    expect(formatRoute({ kind: 'direct' })).toBe('DIRECT');
  });
});
