import { z } from 'zod';
import type { ServiceOverrides } from '../ipc/service-overrides';

/**
 * TEST-ONLY. The e2e fixture starts loopback servers (a Go release list and
 * mirrors, a module proxy, a stand-in Windows proxy) and hands their
 * addresses to the harness in the environment variable GWS_TEST_ENDPOINTS
 * (JSON, this shape). cli.ts reads it only when it is set; the product and
 * the demo never do. Every URL must be http(s)://127.0.0.1 or a *.gws.test
 * name (which the stand-in proxy maps to 127.0.0.1): a test never reaches
 * the internet.
 */
export const TEST_ENDPOINTS_ENV = 'GWS_TEST_ENDPOINTS';

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|[a-z0-9-]+\.gws\.test)(:\d{1,5})?(\/|$)/;
const Url = z.string().max(512).regex(LOOPBACK, 'loopback URLs only');

export const TestEndpoints = z
  .object({
    go: z
      .object({
        releaseLists: z.array(Url).min(1).max(4),
        mirrors: z.array(z.object({ id: z.string().regex(/^[a-z0-9.-]+$/), base: Url }).strict()).min(1).max(8),
      })
      .strict()
      .optional(),
    network: z
      .object({
        proxyTestUrl: Url.optional(),
        goproxyCandidates: z.array(Url).min(1).max(8).optional(),
        probePath: z.string().max(300).regex(/^\/[A-Za-z0-9._~/@-]+$/).optional(),
        sumdb: z.object({ defaultUrl: Url, chinaUrl: Url }).strict().nullable().optional(),
        dnsHosts: z.array(z.string().max(253)).min(1).max(8).optional(),
        tlsHosts: z.array(z.string().max(259)).min(1).max(8).optional(),
        /** The SSH test's server, whichever service is chosen: loopback only, no port-443 retry. */
        ssh: z.object({ host: z.literal('127.0.0.1'), port: z.number().int().min(1).max(65535), timeoutS: z.number().int().min(1).max(10) }).strict().optional(),
      })
      .strict()
      .optional(),
    /** Environment for the local distro's scripts (e.g. PATH with the sandbox's /usr/local/go/bin first). */
    distroEnv: z.record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/), z.string().max(4096)).optional(),
  })
  .strict();
export type TestEndpoints = z.infer<typeof TestEndpoints>;

/** Parse GWS_TEST_ENDPOINTS; throws with the reason when it is set but wrong (a test should fail loudly). */
export function readTestEndpoints(env: NodeJS.ProcessEnv): TestEndpoints | null {
  const raw = env[TEST_ENDPOINTS_ENV];
  if (raw === undefined || raw === '') return null;
  return TestEndpoints.parse(JSON.parse(raw));
}

export function toServiceOverrides(t: TestEndpoints): ServiceOverrides {
  const n = t.network;
  return {
    ...(t.go ? { go: { releaseLists: t.go.releaseLists, mirrors: t.go.mirrors, allowLoopbackHttp: true, timeouts: { probeMs: 1500, headersMs: 3000, idleMs: 3000 } } } : {}),
    ...(n
      ? {
          network: {
            ...(n.proxyTestUrl ? { proxyTestUrl: n.proxyTestUrl } : {}),
            ...(n.goproxyCandidates ? { goproxyCandidates: n.goproxyCandidates } : {}),
            ...(n.probePath ? { probePath: n.probePath } : {}),
            ...(n.sumdb !== undefined ? { sumdbProbes: n.sumdb } : {}),
            ...(n.dnsHosts ? { dnsHosts: n.dnsHosts } : {}),
            ...(n.tlsHosts ? { tlsHosts: n.tlsHosts } : {}),
            ...(n.ssh ? { ssh: { host: n.ssh.host, port: n.ssh.port, fallbackHost: null, fallbackPort: null, timeoutS: n.ssh.timeoutS } } : {}),
          },
        }
      : {}),
  };
}
