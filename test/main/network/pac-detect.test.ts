import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkService } from '../../../src-main/services/network';
import type { ProxyResolver } from '../../../src-main/services/proxy-route/resolver';
import { BashHost } from '../../support/net/bash-host';
import { makeNetSandbox, type NetSandbox } from '../../support/net/sandbox';

/**
 * A machine where only a PAC names the proxy (v2rayN in PAC mode: ProxyEnable
 * 0, AutoConfigURL http://127.0.0.1:10810/pac/?t=HHmmss, per 2dust/v2rayN
 * HttpProxyHandle.GetPacUrl). The proxy handed into WSL must follow the same
 * resolution as the wizard's downloads, so the distro gets 10809 too.
 */
const PAC = readFileSync(path.join(__dirname, '../../fixtures/proxy/v2rayn-pac.js'), 'utf8');
const target = { distro: 'Ubuntu', user: 'tester' };
let sb: NetSandbox | undefined;
afterEach(() => sb?.cleanup());

function detect(win: Record<string, unknown>, proxyResolver?: ProxyResolver) {
  sb = makeNetSandbox();
  sb.write('etc/resolv.conf', 'nameserver 172.29.64.1\n');
  const host = new BashHost({ root: sb.root, home: sb.home, answers: { 'net.win-proxy': { stdout: JSON.stringify({ schema: 1, ...win }) } } });
  return new NetworkService(host, proxyResolver ? { proxyResolver } : {}).detectProxy({ target });
}

describe('detectProxy on a PAC-only machine', () => {
  it('plans the proxy the PAC names for Go (proxy.golang.org), from the recorded PAC', async () => {
    const r = await detect({ proxyEnable: 0, proxyServer: null, autoConfigUrl: 'http://127.0.0.1:10810/pac/?t=203115', pacScript: PAC, wslconfig: null });
    expect(r.windows.autoConfigUrl).toBe('http://127.0.0.1:10810/pac/?t=203115');
    expect(r.windows.server).toBe('http://127.0.0.1:10809');
    expect(r.windows.recognisedAs).toBe('v2rayN (HTTP)');
    expect(r.plan?.url).toMatch(/:10809$/);
  });

  it('asks the app resolver (Electron on Windows) when one is given, e.g. for WPAD', async () => {
    const asked: string[] = [];
    const resolver: ProxyResolver = { resolve: async (u) => (asked.push(u), 'PROXY proxy.corp.example:8080; DIRECT') };
    const r = await detect({ proxyEnable: 0, autoConfigUrl: null, wslconfig: null }, resolver);
    expect(asked).toEqual(['https://proxy.golang.org/']);
    expect(r.windows.server).toBe('http://proxy.corp.example:8080');
  });

  it('keeps no proxy when the PAC sends Go DIRECT', async () => {
    const r = await detect({ proxyEnable: 0, autoConfigUrl: 'http://127.0.0.1:10810/pac/', pacScript: 'function FindProxyForURL(){ return "DIRECT"; }', wslconfig: null });
    expect(r.windows.server).toBeNull();
    expect(r.plan).toBeNull();
  });
});
