import { describe, expect, it } from 'vitest';
import { chooseGosumdb, goproxyValue, normaliseGoprivate, normaliseGoproxyUrl, normaliseProbePath } from '../../../src-shared/network/goproxy';

describe('GOPROXY and GOPRIVATE values', () => {
  it('normalises the default candidates and loopback test proxies', () => {
    expect(normaliseGoproxyUrl('https://goproxy.cn/')).toBe('https://goproxy.cn');
    expect(normaliseGoproxyUrl('https://mirrors.aliyun.com/goproxy/')).toBe('https://mirrors.aliyun.com/goproxy');
    expect(normaliseGoproxyUrl('HTTP://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(goproxyValue('https://goproxy.io')).toBe('https://goproxy.io,direct');
  });

  it.each([
    'https://goproxy.cn,https://evil.example',
    'https://goproxy.cn|direct',
    'https://user:pw@goproxy.cn',
    'https://goproxy.cn/?x=1',
    'https://goproxy.cn/#f',
    'off',
    'direct',
    '-https://x',
    'https://goproxy.cn/$(id)',
    'https://goproxy.cn/ a',
    'https://goproxy.cn/../../etc',
    'file:///etc/passwd',
    'https://h:70000',
  ])('rejects GOPROXY %j', (s) => {
    expect(normaliseGoproxyUrl(s)).toBeNull();
  });

  it('accepts module path globs for GOPRIVATE and refuses everything else', () => {
    expect(normaliseGoprivate(' git.corp.example/*, github.com/acme/private ')).toEqual({ value: 'git.corp.example/*,github.com/acme/private', patterns: ['git.corp.example/*', 'github.com/acme/private'] });
    expect(normaliseGoprivate('')).toEqual({ value: '', patterns: [] });
    for (const bad of ['$(touch /tmp/x)', 'a;b', 'a b/c d', '`id`', '-flag', '/abs', 'x/../y', 'a[b', "it's", 'a\nb', 'a"b']) {
      expect(normaliseGoprivate(bad), bad).toHaveProperty('error');
    }
  });

  it('checks the probe path', () => {
    expect(normaliseProbePath('/golang.org/x/mod/@v/list')).toBe('/golang.org/x/mod/@v/list');
    expect(normaliseProbePath('/../x')).toBeNull();
    expect(normaliseProbePath('x')).toBeNull();
  });

  it('keeps sum.golang.org when Go can reach it, else its China mirror, never off', () => {
    expect(chooseGosumdb({ defaultReachable: true, chinaReachable: true, proxyServesSumdb: false })).toMatchObject({ value: 'sum.golang.org', reason: 'direct' });
    expect(chooseGosumdb({ defaultReachable: false, chinaReachable: true, proxyServesSumdb: true })).toMatchObject({ value: 'sum.golang.org', reason: 'via-proxy' });
    expect(chooseGosumdb({ defaultReachable: false, chinaReachable: true, proxyServesSumdb: false })).toMatchObject({ value: 'sum.golang.google.cn', reason: 'china-mirror' });
    expect(chooseGosumdb({ defaultReachable: false, chinaReachable: false, proxyServesSumdb: false })).toEqual({ value: 'sum.golang.org', reason: 'unreachable', finding: 'GOSUMDB_FAILURE' });
  });
});
