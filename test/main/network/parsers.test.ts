import { describe, expect, it } from 'vitest';
import { parseFileChanges } from '../../../src-main/services/network/changes';
import { scriptSpec, section, tagged } from '../../../src-main/services/network/command';
import { parseSteps } from '../../../src-main/services/network/prove';
import { judgeProxyTest } from '../../../src-main/services/network/proxy';
import { parseWinProxyJson, winProxySpec } from '../../../src-main/services/network/win-proxy';

describe('network service parsers', () => {
  it('reads the Windows proxy JSON field by field, ignoring junk', () => {
    expect(parseWinProxyJson('#< CLIXML\r\n{"schema":1,"proxyEnable":1,"proxyServer":"127.0.0.1:7890","autoConfigUrl":null}')).toMatchObject({ proxyEnable: 1, proxyServer: '127.0.0.1:7890', autoConfigUrl: null });
    expect(parseWinProxyJson('{"proxyEnable":"yes","proxyServer":{"x":1}}')).toMatchObject({ proxyEnable: null, proxyServer: null });
    expect(parseWinProxyJson('not json')).toBeNull();
  });

  it('runs the Windows probe as encoded PowerShell, with no data on the command line', () => {
    const spec = winProxySpec();
    expect(spec.argv).toContain('-EncodedCommand');
    expect(spec.argv.join(' ')).not.toMatch(/ProxyServer/);
  });

  it('judges a proxy test from curl codes', () => {
    const local = { scheme: 'http' as const, host: '127.0.0.1', port: 7890 };
    expect(judgeProxyTest(local, 0, 200, 0)).toMatchObject({ status: 'ok' });
    expect(judgeProxyTest(local, 60, 0, 200)).toMatchObject({ status: 'ok' }); // the proxy tunnelled; TLS is another check
    expect(judgeProxyTest(local, 56, 0, 407)).toMatchObject({ status: 'auth-required', hint: 'credentials' });
    expect(judgeProxyTest({ ...local, host: '172.29.96.1' }, 28, 0, 0)).toMatchObject({ status: 'timeout', finding: 'NET_TIMEOUT', hint: 'allowLan' });
    expect(judgeProxyTest(local, 52, 0, 0)).toMatchObject({ status: 'bad-response', finding: 'PROXY_BAD_RESPONSE', hint: 'scheme' });
  });

  it('reads tagged lines, sections, file changes and proof steps', async () => {
    const out = 'WSLINFO nat\nRESOLV_BEGIN\nnameserver 1.1.1.1\n\nRESOLV_END\nCHANGE written /h/.bashrc /h/.bashrc.go-wsl-setup.bak\nCHANGE unchanged /h/.profile -\n';
    expect(tagged(out, 'WSLINFO')).toEqual(['nat']);
    expect(section(out, 'RESOLV_BEGIN', 'RESOLV_END')).toBe('nameserver 1.1.1.1\n');
    expect(parseFileChanges(out)).toEqual([
      { action: 'written', path: '/h/.bashrc', backup: '/h/.bashrc.go-wsl-setup.bak' },
      { action: 'unchanged', path: '/h/.profile', backup: null },
    ]);
    const steps = await parseSteps('STEP_BEGIN init\ngo: creating new go.mod\nSTEP_END init 0 12\nSTEP_BEGIN get\ngo: x: dial tcp 1.2.3.4:443: i/o timeout\nSTEP_END get 1 30000\n', (t) => (/i\/o timeout/.test(t) ? 'NET_TIMEOUT' : null));
    expect(steps).toEqual([
      { name: 'init', ok: true, ms: 12, output: 'go: creating new go.mod\n', finding: null },
      { name: 'get', ok: false, ms: 30000, output: 'go: x: dial tcp 1.2.3.4:443: i/o timeout\n', finding: 'NET_TIMEOUT' },
    ]);
  });

  it('puts a proxy only in the environment, and the user data only in positional arguments', () => {
    const spec = scriptSpec({ id: 'x', target: { distro: 'Ubuntu', user: 'dev' }, script: 'net-proxy-test.sh', args: ['https://proxy.golang.org/', '5', '12'], proxyUrl: 'http://u:secret@h:1', timeoutMs: 1000, title: 't' });
    expect(spec.argv.slice(1, 10)).toEqual(['-d', 'Ubuntu', '-u', 'dev', '--exec', 'bash', '-s', '--', 'https://proxy.golang.org/']);
    expect(spec.argv.join(' ')).not.toContain('secret');
    expect(spec.env).toMatchObject({ GWS_PROXY: 'http://u:secret@h:1', WSLENV: 'GWS_PROXY/u' });
    expect(String(spec.stdin)).toMatch(/^#!\/usr\/bin\/env bash/);
  });
});
