import type { z } from 'zod';
import type { DistroTarget, DnsCheckResult } from '../../../src-shared/contract/network';
import { diagnoseDns, parseResolvConf, parseResolveLines } from '../../../src-shared/network/dns';
import { runNetScript, section, type RunContext } from './command';

export const DEFAULT_DNS_HOSTS = ['proxy.golang.org', 'goproxy.cn', 'github.com'];

export async function dnsCheck(ctx: RunContext, target: DistroTarget, hosts: readonly string[] = DEFAULT_DNS_HOSTS): Promise<z.infer<typeof DnsCheckResult>> {
  const out = await runNetScript(ctx, { id: 'net.dns', target, script: 'net-dns.sh', args: ['5', ...hosts], timeoutMs: 10_000 * (hosts.length + 1), title: 'DNS' });
  const conf = parseResolvConf(section(out.stdout, 'RESOLV_BEGIN', 'RESOLV_END'));
  const results = parseResolveLines(out.stdout);
  const d = diagnoseDns(conf, results);
  return {
    resolvConf: { generatedByWsl: conf.generatedByWsl, nameservers: [...conf.nameservers], search: [...conf.search], dnsTunneling: conf.dnsTunneling },
    results: results.map((r) => ({ host: r.host, ok: r.ok, addresses: [...r.addresses], ms: r.ms })),
    findings: [...d.findings],
    fixes: [...d.fixes],
  };
}
