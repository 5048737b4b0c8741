import type { z } from 'zod';
import type { DistroTarget, TlsCheckResult } from '../../../src-shared/contract/network';
import { judgeTls, parseTlsBlocks } from '../../../src-shared/network/tls';
import { runNetScript, type RunContext } from './command';

export const DEFAULT_TLS_HOSTS = ['proxy.golang.org', 'sum.golang.org', 'goproxy.cn', 'github.com'];

/**
 * Handshake to each host from inside the distro. An issuer that is no public
 * CA means TLS inspection; when the distro does not trust it, the user needs
 * the corporate CA imported (update-ca-certificates), which the UI guides.
 */
export async function tlsCheck(
  ctx: RunContext,
  target: DistroTarget,
  hosts: readonly string[] = DEFAULT_TLS_HOSTS,
  proxy?: { url: string; password?: string },
): Promise<z.infer<typeof TlsCheckResult>> {
  const out = await runNetScript(
    ctx,
    { id: 'net.tls', target, script: 'net-tls.sh', args: ['8', ...hosts], ...(proxy ? { proxyUrl: proxy.url } : {}), timeoutMs: 12_000 * (hosts.length + 1), title: 'TLS' },
    [proxy?.password],
  );
  const verdicts = parseTlsBlocks(out.stdout).map((f) => ({ f, v: judgeTls(f) }));
  return {
    hosts: verdicts.map(({ f, v }) => ({
      host: f.host,
      connected: f.connected,
      issuer: f.issuer,
      trusted: v.trusted,
      intercepted: v.intercepted,
      verifyText: f.verifyText,
      finding: v.finding,
    })),
    importCaNeeded: verdicts.some(({ v }) => v.intercepted && !v.trusted),
  };
}
