import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResolvConf } from '../../../src-shared/network/dns';
import { buildNoProxy, parseDefaultGateway, parseNetworkingMode, parseProcNetRoute, planDistroProxy } from '../../../src-shared/network/route';

const REAL = join(__dirname, '../../fixtures/real/linux');
const body = (name: string) => readFileSync(join(REAL, name), 'utf8').split('\n---\n')[1] ?? '';

describe('how the distro reaches a Windows proxy', () => {
  it('takes the Windows host from the default route, not from resolv.conf under dnsTunneling', () => {
    const resolv = parseResolvConf(body('resolv-conf-dns-tunneling-01.txt'));
    expect(resolv.nameservers).toEqual(['10.255.255.254']);
    expect(resolv.dnsTunneling).toBe(true);
    const route = 'default via 172.29.96.1 dev eth0 proto kernel\n172.29.96.0/20 dev eth0 proto kernel scope link src 172.29.108.5\n';
    expect(parseDefaultGateway(route)).toBe('172.29.96.1');
    const plan = planDistroProxy({ scheme: 'http', host: '127.0.0.1', port: 7890 }, 'nat', parseDefaultGateway(route));
    expect(plan.endpoint?.host).toBe('172.29.96.1');
    expect(plan.route).toBe('nat-host-address');
    expect(plan.needsAllowLan).toBe(true);
  });

  it('reads /proc/net/route when iproute2 is missing', () => {
    const proc = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\neth0\t00000000\t0160A8C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\neth0\t0060A8C0\t00000000\t0001\t0\t0\t0\t00F0FFFF\t0\t0\t0\n';
    expect(parseProcNetRoute(proc)).toBe('192.168.96.1');
    expect(parseDefaultGateway('172.29.96.0/20 dev eth0\n')).toBeNull();
  });

  it('keeps loopback in mirrored mode and a remote proxy as configured', () => {
    expect(planDistroProxy({ scheme: 'http', host: 'localhost', port: 7897 }, 'mirrored', '172.1.1.1')).toMatchObject({ route: 'mirrored-loopback', needsAllowLan: false, display: 'http://127.0.0.1:7897' });
    const corp = planDistroProxy({ scheme: 'http', host: 'proxy.corp', port: 8080, username: 'u', password: 'p' }, 'nat', '172.1.1.1');
    expect(corp).toMatchObject({ route: 'as-configured', needsAllowLan: false, display: 'http://***:***@proxy.corp:8080' });
    expect(planDistroProxy({ scheme: 'http', host: '127.0.0.1', port: 1 }, 'nat', null).route).toBe('no-gateway');
  });

  it('knows the networking mode from wslinfo first, then .wslconfig', () => {
    expect(parseNetworkingMode('mirrored\n', 'nat')).toBe('mirrored');
    expect(parseNetworkingMode('', 'mirrored')).toBe('mirrored');
    expect(parseNetworkingMode(null, null)).toBe('unknown');
  });

  it('builds no_proxy with loopback, the host and the Windows bypass list, dropping junk', () => {
    expect(buildNoProxy(['.corp.example', '10.0.0.0/8', 'bad value;'], '172.29.96.1')).toBe('localhost,127.0.0.1,::1,172.29.96.1,.corp.example,10.0.0.0/8');
  });
});
