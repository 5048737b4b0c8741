import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract';
import type { ApplyProxyResult, DetectProxyResult, DistroTarget, ProxyInput, TestProxyResult } from '../../../src-shared/contract/network';
import { classifyCurlFailure } from '../../../src-shared/network/curl';
import { formatProxyUrl, isLoopbackHost, parseProxyUrl, redactSecrets, type ProxyEndpoint } from '../../../src-shared/network/proxy';
import { buildNoProxy, parseDefaultGateway, parseNetworkingMode, parseProcNetRoute, planDistroProxy } from '../../../src-shared/network/route';
import { parseResolvConf } from '../../../src-shared/network/dns';
import { windowsProxyFacts } from '../../../src-shared/network/windows-proxy';
import { runNetScript, section, tagged, type RunContext } from './command';
import { parseFileChanges } from './changes';
import { parseWinProxyJson, winProxySpec } from './win-proxy';

/** The endpoint a request describes, credentials from their own fields (the URL may not carry any). */
export function endpointOf(input: ProxyInput): ProxyEndpoint {
  const p = parseProxyUrl(input.url);
  if (!p) throw new Error('proxy url already validated by the contract');
  return { ...p, ...(input.username !== undefined ? { username: input.username } : {}), ...(input.password !== undefined ? { password: input.password } : {}) };
}

export async function detectProxy(ctx: RunContext, target: DistroTarget): Promise<z.infer<typeof DetectProxyResult>> {
  const win = await ctx.host.run(winProxySpec(), ctx.signal ? { signal: ctx.signal } : {});
  const raw = win.exitCode === 0 ? parseWinProxyJson(win.stdout) : null;
  const facts = windowsProxyFacts(raw ?? {});
  const out = await runNetScript(ctx, { id: 'net.facts', target, script: 'net-facts.sh', args: [], timeoutMs: 20_000, title: 'Network facts' });
  const routeText = section(out.stdout, 'ROUTE_BEGIN', 'ROUTE_END');
  const gateway = parseDefaultGateway(routeText) ?? parseProcNetRoute(routeText);
  const mode = parseNetworkingMode(tagged(out.stdout, 'WSLINFO')[0] ?? null, facts.wslconfig.networkingMode);
  const resolv = parseResolvConf(section(out.stdout, 'RESOLV_BEGIN', 'RESOLV_END'));
  const envProxy = tagged(out.stdout, 'ENV_PROXY')[0]?.split(' ')[1] ?? null;
  // WSL's default is NAT: plan for it when the mode is not known.
  const plan = facts.chosen ? planDistroProxy(facts.chosen, mode === 'unknown' ? 'nat' : mode, gateway) : null;
  const redact = (p: ProxyEndpoint | null) => (p ? formatProxyUrl(p, { redact: true }) : null);
  return {
    windows: {
      wininetEnabled: facts.wininet.enabled,
      server: redact(facts.chosen),
      autoConfigUrl: facts.autoConfigUrl ? redactSecrets(facts.autoConfigUrl) : null,
      winhttpServer: facts.winhttp?.server ? redactSecrets(facts.winhttp.server) : null,
      recognisedAs: facts.recognisedAs,
      noProxy: facts.wininet.bypass,
    },
    distro: { networkingMode: mode, gateway, nameservers: [...resolv.nameservers], envProxy: envProxy ? redactSecrets(envProxy) : null },
    plan: plan ? { route: plan.route, url: plan.display, needsAllowLan: plan.needsAllowLan, noProxy: buildNoProxy(facts.wininet.bypass, gateway) } : null,
  };
}

export const DEFAULT_PROXY_TEST_URL = 'https://proxy.golang.org/';

export async function testProxy(ctx: RunContext, target: DistroTarget, input: ProxyInput, testUrl = DEFAULT_PROXY_TEST_URL): Promise<z.infer<typeof TestProxyResult>> {
  const ep = endpointOf(input);
  const out = await runNetScript(
    ctx,
    { id: 'net.proxy-test', target, script: 'net-proxy-test.sh', args: [testUrl, '5', '12'], proxyUrl: formatProxyUrl(ep), timeoutMs: 30_000, title: 'Test the proxy' },
    [ep.password],
  );
  const m = /^(\d+) (\d{3}) (\d{3}) ([\d.,]+)$/.exec(tagged(out.stdout, 'PROXYTEST')[0] ?? '');
  const curlExit = m ? Number(m[1]) : -1;
  const httpCode = m ? Number(m[2]) : 0;
  const connectCode = m ? Number(m[3]) : 0;
  const ms = m ? Math.round(Number((m[4] ?? '0').replace(',', '.')) * 1000) : 0;
  const display = formatProxyUrl(ep, { redact: true });
  const verdict = judgeProxyTest(ep, curlExit, httpCode, connectCode);
  return { ...verdict, display, httpCode, connectCode, ms };
}

type Verdict = Pick<z.infer<typeof TestProxyResult>, 'status' | 'finding' | 'hint'>;

/**
 * What one curl through the proxy says about the proxy (not the target):
 * a CONNECT answered 200 means the proxy works even if the far side then
 * failed; 407 means credentials; a refusal at the Windows host's address
 * means the proxy listens on loopback only ("allow LAN").
 */
export function judgeProxyTest(ep: ProxyEndpoint, curlExit: number, httpCode: number, connectCode: number): Verdict {
  const remoteHint = isLoopbackHost(ep.host) ? 'checkPort' : 'allowLan';
  if (connectCode === 407 || httpCode === 407) return { status: 'auth-required', finding: 'PROXY_BAD_RESPONSE', hint: 'credentials' };
  if (connectCode === 200 || (curlExit === 0 && httpCode > 0)) return { status: 'ok', finding: null, hint: null };
  const finding = classifyCurlFailure({ curlExit, httpCode, connectCode, viaProxy: true });
  switch (finding) {
    case 'PROXY_REFUSED':
      return { status: 'refused', finding, hint: remoteHint };
    case 'NET_TIMEOUT':
      return { status: 'timeout', finding, hint: remoteHint };
    case 'DNS_FAILURE':
      return { status: 'dns', finding, hint: null };
    case 'PROXY_BAD_RESPONSE':
    case 'CONN_REFUSED_REMOTE':
      // Through a proxy, a reset or an empty answer before any CONNECT reply is the proxy's doing.
      return { status: 'bad-response', finding: 'PROXY_BAD_RESPONSE', hint: 'scheme' };
    default:
      return { status: 'unknown', finding: finding ?? 'UNKNOWN', hint: null };
  }
}

export async function applyProxy(
  ctx: RunContext,
  target: DistroTarget,
  input: ProxyInput | null,
  noProxy: readonly string[] | undefined,
  apt: boolean,
): Promise<z.infer<typeof ApplyProxyResult>> {
  const ep = input ? endpointOf(input) : null;
  const noProxyValue = buildNoProxy(noProxy ?? [], null);
  const base = { target, script: 'net-proxy-apply.sh', timeoutMs: 30_000, mutates: true } as const;
  const proxyUrl = ep ? formatProxyUrl(ep) : undefined;
  const outputs = [
    await runNetScript(ctx, { ...base, id: 'net.proxy-apply', args: [ep ? 'shell' : 'remove-shell', noProxyValue], ...(proxyUrl ? { proxyUrl } : {}), title: 'Proxy for the shell' }, [ep?.password]),
  ];
  if (apt) {
    outputs.push(
      await runNetScript(ctx, { ...base, id: 'net.proxy-apply-apt', asRoot: true, args: [ep ? 'apt' : 'remove-apt', noProxyValue], ...(proxyUrl ? { proxyUrl } : {}), title: 'Proxy for apt' }, [ep?.password]),
    );
  }
  const failed = outputs.find((o) => o.exit !== 'ok');
  if (failed) throw new ApiError('HOST_FAILED', 'writing the proxy settings failed', { output: tagged(failed.stdout, 'ERROR').join('; ').slice(0, 500) });
  return { changes: outputs.flatMap((o) => parseFileChanges(o.stdout)), display: ep ? formatProxyUrl(ep, { redact: true }) : null };
}
