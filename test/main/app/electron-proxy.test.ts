import { describe, expect, it, vi } from 'vitest';

/**
 * The Electron binary is absent here, so Session.resolveProxy itself cannot
 * run; this fakes the session and checks that our side asks it per URL and
 * hands its PAC-form answer to the download client unchanged. What the answer
 * then does (CONNECT, DIRECT, refused) is covered for real in
 * test/main/go/proxy-downloads.test.ts.
 */
const resolveProxy = vi.fn(async (url: string) => (url.includes('go.dev') ? 'PROXY 127.0.0.1:7890' : 'DIRECT'));
vi.mock('electron', () => ({ session: { defaultSession: { resolveProxy } } }));
const { electronProxyResolver } = await import('../../../src-main/app/electron-proxy');

describe('electronProxyResolver', () => {
  it("asks the default session for each URL and returns Chromium's answer", async () => {
    const r = electronProxyResolver();
    expect(await r.resolve('https://go.dev/dl/?mode=json')).toBe('PROXY 127.0.0.1:7890');
    expect(await r.resolve('https://goproxy.cn/')).toBe('DIRECT');
    expect(resolveProxy.mock.calls.map((c) => c[0])).toEqual(['https://go.dev/dl/?mode=json', 'https://goproxy.cn/']);
  });
});
