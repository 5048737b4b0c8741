import { describe, expect, it } from 'vitest';
import { bypassToNoProxy, parseNetshWinHttp, parseWinHttpSettings, parseWinInetServer, parseWslConfig, windowsProxyFacts } from '../../../src-shared/network/windows-proxy';

/** A WinHttpSettings blob as `netsh winhttp set proxy` writes it. */
function blob(flags: number, proxy: string, bypass: string): Uint8Array {
  const b = new Uint8Array(20 + proxy.length + bypass.length);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, 0x28, true);
  dv.setUint32(8, flags, true);
  dv.setUint32(12, proxy.length, true);
  b.set(Array.from(proxy, (c) => c.charCodeAt(0)), 16);
  dv.setUint32(16 + proxy.length, bypass.length, true);
  b.set(Array.from(bypass, (c) => c.charCodeAt(0)), 20 + proxy.length);
  return b;
}

describe('Windows proxy settings', () => {
  it('reads WinINet ProxyServer in both forms', () => {
    expect(parseWinInetServer('127.0.0.1:7890').https).toEqual({ scheme: 'http', host: '127.0.0.1', port: 7890 });
    const per = parseWinInetServer('http=127.0.0.1:7890;https=127.0.0.1:7891;socks=127.0.0.1:7892');
    expect(per.http?.port).toBe(7890);
    expect(per.https?.port).toBe(7891);
    expect(per.socks).toEqual({ scheme: 'socks5', host: '127.0.0.1', port: 7892 });
  });

  it('turns ProxyOverride into no_proxy entries', () => {
    expect(bypassToNoProxy('<local>;*.corp.example;10.*;192.168.1.*;intranet')).toEqual(['.corp.example', '10.0.0.0/8', '192.168.1.0/24', 'intranet']);
    expect(bypassToNoProxy('$(id);*.ok')).toEqual(['.ok']);
  });

  it('reads the WinHTTP blob and netsh text', () => {
    expect(parseWinHttpSettings(blob(3, '10.0.0.5:8080', '<local>'))).toEqual({ direct: false, server: '10.0.0.5:8080', bypass: '<local>' });
    expect(parseWinHttpSettings(blob(1, '', ''))).toEqual({ direct: true, server: null, bypass: null });
    expect(parseWinHttpSettings(new Uint8Array(8))).toBeNull();
    expect(parseNetshWinHttp('Current WinHTTP proxy settings:\r\n\r\n    Direct access (no proxy server).\r\n')).toEqual({ direct: true, server: null, bypass: null });
    expect(parseNetshWinHttp('Current WinHTTP proxy settings:\n\n    Proxy Server(s) :  10.0.0.5:8080\n    Bypass List     :  <local>\n')).toEqual({
      direct: false,
      server: '10.0.0.5:8080',
      bypass: '<local>',
    });
  });

  it('reads networkingMode, dnsTunneling and autoProxy from .wslconfig (last key wins, comments ignored)', () => {
    const cfg = parseWslConfig('[wsl2]\r\nmemory=8GB\r\nnetworkingMode=nat\r\n# networkingMode=nat\r\nnetworkingMode = mirrored\r\ndnsTunneling=true\r\nautoProxy=false\r\n[experimental]\r\nautoProxy=true\r\n');
    expect(cfg).toEqual({ networkingMode: 'mirrored', dnsTunneling: true, autoProxy: false });
    expect(parseWslConfig(null)).toEqual({ networkingMode: null, dnsTunneling: null, autoProxy: null });
  });

  it('chooses the https proxy and names a Clash port', () => {
    const winhttpSettings = Buffer.from(blob(1, '', '')).toString('base64');
    const f = windowsProxyFacts({ proxyEnable: 1, proxyServer: '127.0.0.1:7890', proxyOverride: '<local>', autoConfigUrl: null, winhttpSettings, wslconfig: null });
    expect(f.chosen).toEqual({ scheme: 'http', host: '127.0.0.1', port: 7890 });
    expect(f.recognisedAs).toMatch(/Clash/);
    expect(f.winhttp?.direct).toBe(true);
    expect(windowsProxyFacts({ proxyEnable: 0, proxyServer: '127.0.0.1:7890' }).chosen).toBeNull();
  });
});
