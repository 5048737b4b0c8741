import { describe, expect, it } from 'vitest';
import { readTestEndpoints, TEST_ENDPOINTS_ENV, toServiceOverrides } from '../../../src-main/harness/test-endpoints';

const env = (v: unknown) => ({ [TEST_ENDPOINTS_ENV]: JSON.stringify(v) });

describe('test endpoints (GWS_TEST_ENDPOINTS)', () => {
  it('are read only when set', () => {
    expect(readTestEndpoints({})).toBeNull();
    expect(readTestEndpoints({ [TEST_ENDPOINTS_ENV]: '' })).toBeNull();
  });

  it('point the SSH test at loopback with no port-443 retry, and refuse any other host', () => {
    const t = readTestEndpoints(env({ network: { ssh: { host: '127.0.0.1', port: 40022, timeoutS: 3 } } }));
    expect(t && toServiceOverrides(t).network?.ssh).toEqual({ host: '127.0.0.1', port: 40022, fallbackHost: null, fallbackPort: null, timeoutS: 3 });
    expect(() => readTestEndpoints(env({ network: { ssh: { host: 'gitee.com', port: 22, timeoutS: 3 } } }))).toThrow();
    expect(() => readTestEndpoints(env({ network: { ssh: { host: '127.0.0.1', port: 22, timeoutS: 60 } } }))).toThrow();
  });

  it('refuse URLs that are not loopback', () => {
    expect(() => readTestEndpoints(env({ network: { proxyTestUrl: 'https://proxy.golang.org/' } }))).toThrow(/loopback URLs only/);
  });
});
