import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../src-shared/contract';

const target = { distro: 'Ubuntu-24.04', user: 'dev' };
const req = (c: keyof typeof invokeChannels, payload: unknown) => invokeChannels[c].request.safeParse(payload).success;

// What a hostile renderer (or a pasted value) might send: shell syntax, option injection, newlines, list tricks.
const HOSTILE = ['$(touch /tmp/gws-pwned)', '`touch /tmp/gws-pwned`', "'; touch /tmp/gws-pwned; '", '--upload-pack=touch /tmp/gws-pwned', 'a\nb', 'x'.repeat(5000)];

describe('network contract', () => {
  it('registers every network channel', () => {
    for (const c of ['detectProxy', 'testProxy', 'applyProxy', 'dnsCheck', 'tlsCheck', 'raceGoproxy', 'applyGoproxy', 'gitSetup', 'sshKey', 'proveIt']) {
      expect(Object.keys(invokeChannels)).toContain(`network.${c}`);
    }
  });

  it('accepts ordinary requests', () => {
    expect(req('network.testProxy', { target, proxy: { url: 'http://172.29.96.1:7890', username: 'u', password: "p'$w" } })).toBe(true);
    expect(req('network.applyGoproxy', { target, goproxy: 'https://goproxy.cn', gosumdb: 'sum.golang.org', goprivate: 'git.corp.example/*', fixOverrides: true })).toBe(true);
    expect(req('network.gitSetup', { target, name: "O'Brien", email: 'ob@example.com', installIfMissing: false })).toBe(true);
  });

  it.each(HOSTILE)('refuses hostile text %j in proxy, GOPROXY, GOPRIVATE, git and target fields', (h) => {
    expect(req('network.testProxy', { target, proxy: { url: h } })).toBe(false);
    expect(req('network.testProxy', { target, proxy: { url: `http://${h}:80` } })).toBe(false);
    expect(req('network.applyGoproxy', { target, goproxy: h, gosumdb: 'sum.golang.org', fixOverrides: false })).toBe(false);
    expect(req('network.applyGoproxy', { target, goproxy: 'https://goproxy.cn', gosumdb: 'sum.golang.org', goprivate: h, fixOverrides: false })).toBe(false);
    expect(req('network.gitSetup', { target, email: h, installIfMissing: false })).toBe(false);
    expect(req('network.gitSetup', { target, installIfMissing: false, insteadOf: { base: h, prefix: 'https://github.com/' } })).toBe(false);
    expect(req('network.sshKey', { target, generate: true, comment: h, test: false })).toBe(false);
    expect(req('network.dnsCheck', { target: { distro: h, user: 'dev' } })).toBe(false);
    expect(req('network.dnsCheck', { target: { distro: 'Ubuntu', user: h } })).toBe(false);
    expect(req('network.raceGoproxy', { target, candidates: [h] })).toBe(false);
  });

  it('refuses credentials inside the proxy URL (they have their own fields) and unknown keys', () => {
    expect(req('network.testProxy', { target, proxy: { url: 'http://u:p@h:1' } })).toBe(false);
    expect(req('network.testProxy', { target, proxy: { url: 'http://h:1' }, extra: 1 })).toBe(false);
    expect(req('network.applyGoproxy', { target, goproxy: 'https://goproxy.cn', gosumdb: 'off', fixOverrides: false })).toBe(false);
  });
});
