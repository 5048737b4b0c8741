import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { NetworkService } from '../../../src-main/services/network';
import { makeNetSandbox, type NetSandbox } from '../../support/net/sandbox';

/** The same service through the project's LocalLinuxHost (not the test helper): same scripts, same results. */
let sb: NetSandbox | undefined;
afterEach(() => sb?.cleanup());

describe('NetworkService on the LocalLinuxHost', () => {
  it('applies and undoes the proxy block and reads DNS facts in the sandbox', async () => {
    sb = makeNetSandbox();
    sb.write('etc/resolv.conf', 'nameserver 10.255.255.254\n');
    const svc = new NetworkService(new LocalLinuxHost({ root: sb.root, env: { HOME: sb.home } }));
    const target = { distro: 'Ubuntu', user: 'tester' };
    const applied = await svc.applyProxy({ target, proxy: { url: 'http://172.29.96.1:7890' }, apt: false });
    expect(applied.changes.map((c) => c.action)).toEqual(['written', 'written', 'written']);
    expect(readFileSync(join(sb.homeDir, '.config/go-wsl-setup/proxy.sh'), 'utf8')).toContain("https_proxy='http://172.29.96.1:7890'");
    await svc.applyProxy({ target, proxy: null, apt: false });
    expect(readFileSync(join(sb.homeDir, '.bashrc'), 'utf8')).not.toContain('go-wsl-setup');
    const dns = await svc.dnsCheck({ target, hosts: ['localhost'] });
    expect(dns.resolvConf.dnsTunneling).toBe(true);
    expect(dns.results[0]?.ok).toBe(true);
  });
});
