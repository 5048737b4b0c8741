import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProxyUrl, parseProxyUrl, recogniseLocalProxy, redactSecrets } from '../../../src-shared/network/proxy';

// The character set net-proxy-apply.sh accepts before writing a URL inside single quotes.
const SHELL_SAFE = /^(http|https|socks5|socks5h):\/\/[A-Za-z0-9._~%:@[\]-]+$/;

describe('parseProxyUrl', () => {
  it('reads the forms Windows and users give', () => {
    expect(parseProxyUrl('127.0.0.1:7890')).toEqual({ scheme: 'http', host: '127.0.0.1', port: 7890 });
    expect(parseProxyUrl('http://Proxy.Corp.example:8080/')).toEqual({ scheme: 'http', host: 'proxy.corp.example', port: 8080 });
    expect(parseProxyUrl('socks5://[::1]:1080')).toEqual({ scheme: 'socks5', host: '::1', port: 1080 });
    expect(parseProxyUrl('socks://127.0.0.1:10808')?.scheme).toBe('socks5');
    expect(parseProxyUrl('http://alice:p%40ss%3Aw0rd@10.0.0.1:3128')).toEqual({ scheme: 'http', host: '10.0.0.1', port: 3128, username: 'alice', password: 'p@ss:w0rd' });
  });

  it.each([
    '127.0.0.1:7890; rm -rf /',
    '$(id):80',
    '`id`:80',
    'http://a b:1',
    'http://host:99999',
    'http://host:0',
    '-x http://h:1',
    'http://h:1/path?x=1',
    'ftp://h:21',
    'http://h:1\nexport X=1',
    "http://h'x:1",
    'http://999.1.1.1:80',
    '',
    'x'.repeat(3000),
  ])('rejects %j', (s) => {
    expect(parseProxyUrl(s)).toBeNull();
  });

  it('formats credentials percent-encoded into a shell-safe URL that parses back (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ maxLength: 40 }), (user, pass) => {
        fc.pre(!/[\u0000-\u001f\u007f]/.test(user + pass));
        const url = formatProxyUrl({ scheme: 'http', host: '172.24.16.1', port: 7890, username: user, password: pass });
        expect(url).toMatch(SHELL_SAFE);
        expect(parseProxyUrl(url)).toEqual({ scheme: 'http', host: '172.24.16.1', port: 7890, username: user, password: pass });
      }),
      { numRuns: 300 },
    );
  });

  it('redacts credentials in display form and in free text', () => {
    const p = { scheme: 'http' as const, host: 'proxy', port: 8080, username: 'bob', password: "s3cr'et$" };
    expect(formatProxyUrl(p, { redact: true })).toBe('http://***:***@proxy:8080');
    const text = `curl: (7) via ${formatProxyUrl(p)} failed; password was s3cr'et$ and encoded s3cr%27et%24`;
    const red = redactSecrets(text, [p.password]);
    expect(red).not.toContain('s3cr');
    expect(red).toContain('http://***:***@proxy:8080');
  });

  it('recognises typical local proxies and names them', () => {
    expect(recogniseLocalProxy({ scheme: 'http', host: '127.0.0.1', port: 7890 })).toMatch(/Clash/);
    expect(recogniseLocalProxy({ scheme: 'http', host: 'localhost', port: 10809 })).toMatch(/v2rayN/);
    expect(recogniseLocalProxy({ scheme: 'http', host: '127.0.0.1', port: 4444 })).toBe('local proxy');
    expect(recogniseLocalProxy({ scheme: 'http', host: '10.1.1.1', port: 7890 })).toBeNull();
  });
});
