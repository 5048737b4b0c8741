import { describe, expect, it } from 'vitest';
import { compilePac, PacError, pacUrlFor } from '../../../src-main/services/proxy-route/pac-sandbox';
import { settingsResolver } from '../../../src-main/services/proxy-route/resolver';

/** The PAC runs in a context with nothing of ours in it; hostile or broken scripts end as PacError. */
describe('compilePac', () => {
  it('answers with the standard helpers (shExpMatch, dnsDomainIs, isPlainHostName, isInNet on IP literals)', () => {
    const pac = compilePac(`function FindProxyForURL(url, host) {
      if (isPlainHostName(host)) return "DIRECT";
      if (isInNet(host, "10.0.0.0", "255.0.0.0")) return "DIRECT";
      if (dnsDomainIs(host, ".golang.org") || shExpMatch(url, "https://go.dev/*")) return "PROXY 127.0.0.1:7890; DIRECT";
      return "DIRECT";
    }`);
    expect(pac.findProxy('https://proxy.golang.org/', 'proxy.golang.org')).toBe('PROXY 127.0.0.1:7890; DIRECT');
    expect(pac.findProxy('https://go.dev/', 'go.dev')).toBe('PROXY 127.0.0.1:7890; DIRECT');
    expect(pac.findProxy('http://intranet/', 'intranet')).toBe('DIRECT');
    expect(pac.findProxy('http://10.1.2.3/', '10.1.2.3')).toBe('DIRECT');
    expect(pac.findProxy('https://goproxy.cn/', 'goproxy.cn')).toBe('DIRECT');
  });

  it('gives the script no way out to this process: no Function constructor, no eval, no require/process', () => {
    const attempts = [
      'function FindProxyForURL(){ return String(isPlainHostName.constructor("return process")()); }',
      'function FindProxyForURL(){ return String(eval("1+1")); }',
      'function FindProxyForURL(){ return String(typeof require) + String(typeof process) + String(typeof globalThis.fetch); }',
    ];
    const a0 = compilePac(attempts[0]!);
    expect(() => a0.findProxy('https://x.test/', 'x.test')).toThrow(PacError);
    const a1 = compilePac(attempts[1]!);
    expect(() => a1.findProxy('https://x.test/', 'x.test')).toThrow(PacError);
    expect(compilePac(attempts[2]!).findProxy('https://x.test/', 'x.test')).toBe('undefinedundefinedundefined');
  });

  it('stops a script that never returns, and one that loops at load time', () => {
    const spin = compilePac('function FindProxyForURL(){ for(;;){} }', { timeoutMs: 50 });
    expect(() => spin.findProxy('https://x.test/', 'x.test')).toThrow(/FindProxyForURL failed/);
    expect(() => compilePac('for(;;){}', { timeoutMs: 50 })).toThrow(PacError);
  });

  it('refuses a script without FindProxyForURL, and a syntax error', () => {
    expect(() => compilePac('var x = 1;')).toThrow(/no FindProxyForURL/);
    expect(() => compilePac('function FindProxyForURL( {')).toThrow(PacError);
  });

  it('takes the URL as data: quotes and line breaks in it stay a string', () => {
    const pac = compilePac('function FindProxyForURL(url, host){ return "PROXY " + host + ":1"; }');
    expect(pac.findProxy('http://a.test/");process.exit(1);("', 'a.test')).toBe('PROXY a.test:1');
  });

  it('sees https URLs without path and query, as Chromium hands them over', () => {
    expect(pacUrlFor('https://go.dev/dl/?mode=json')).toEqual({ url: 'https://go.dev/', host: 'go.dev' });
    expect(pacUrlFor('http://mirror.test/go/x.tar.gz')).toEqual({ url: 'http://mirror.test/go/x.tar.gz', host: 'mirror.test' });
  });
});

describe('settingsResolver fallbacks', () => {
  it('falls back to the manual proxy when the PAC cannot be fetched, and says why', async () => {
    const errors: string[] = [];
    const r = settingsResolver(
      { proxyEnable: 1, proxyServer: '127.0.0.1:7890', autoConfigUrl: 'http://127.0.0.1:1/pac' },
      { fetchPac: async () => Promise.reject(new Error('ECONNREFUSED')), onPacError: (m) => errors.push(m) },
    );
    expect(await r.resolve('https://go.dev/dl/')).toBe('PROXY 127.0.0.1:7890');
    expect(errors[0]).toMatch(/ECONNREFUSED/);
  });

  it('goes DIRECT when the PAC is broken and no manual proxy is on', async () => {
    const r = settingsResolver({ proxyEnable: 0, autoConfigUrl: 'http://127.0.0.1:1/pac' }, { fetchPac: async () => 'not a pac(' });
    expect(await r.resolve('https://go.dev/dl/')).toBe('DIRECT');
  });

  it('fetches the PAC once for many URLs', async () => {
    let fetches = 0;
    const r = settingsResolver({ autoConfigUrl: 'http://127.0.0.1:1/pac' }, { fetchPac: async () => (fetches++, 'function FindProxyForURL(){ return "PROXY 127.0.0.1:7890"; }') });
    await Promise.all([r.resolve('https://a.test/'), r.resolve('https://b.test/'), r.resolve('http://c.test/')]);
    expect(fetches).toBe(1);
  });
});
