import { describe, expect, it } from 'vitest';
import { childEnv, runProcess } from '../../../src-main/host/runner';
import { appendWslEnv } from '../../../src-shared/util/wslenv';
import { scriptSpec } from '../../../src-main/services/network/command';

/**
 * The user's own WSLENV must survive the wizard's runs. The value below is the
 * Go set-up example of Microsoft's WSLENV documentation (GOPATH shared as a
 * path list, USERPROFILE as a path passed Win32 -> WSL only): MicrosoftDocs/WSL
 * WSL/filesystems.md "Share environment variables between Windows and WSL with
 * WSLENV", and the devblog it links (devblogs.microsoft.com/commandline/
 * share-environment-vars-between-wsl-and-windows/).
 */
const USER_WSLENV = 'GOPATH/l:USERPROFILE/pu';
const node = process.execPath;

describe('the WSLENV a distro script starts with', () => {
  it('keeps the user WSLENV and appends GWS_PROXY/u (network step with a proxy)', async () => {
    const net = scriptSpec({
      id: 'net.proxy-test',
      target: { distro: 'Ubuntu', user: 'dev' },
      script: 'net-proxy-test.sh',
      args: [],
      proxyUrl: 'http://127.0.0.1:7890',
      timeoutMs: 5000,
      title: 't',
    });
    // Run the very env the network step builds, on this machine, and read what the child got.
    const spec = { id: 'env', argv: [node, '-e', 'process.stdout.write(process.env.WSLENV ?? "")'], ...(net.env ? { env: net.env } : {}) };
    const r = await runProcess(spec, {}, { baseEnv: { ...process.env, WSLENV: USER_WSLENV } });
    expect(r.stdout.split(':')).toEqual(['GOPATH/l', 'USERPROFILE/pu', 'GWS_PROXY/u']);
  });
});

describe('appendWslEnv / childEnv', () => {
  it('appends without duplicates and is idempotent', () => {
    const once = appendWslEnv(USER_WSLENV, ['GWS_PROXY/u']);
    expect(once).toBe('GOPATH/l:USERPROFILE/pu:GWS_PROXY/u');
    expect(appendWslEnv(once, ['GWS_PROXY/u'])).toBe(once);
  });

  it('starts a WSLENV when the user has none, and drops empty segments', () => {
    expect(appendWslEnv(undefined, ['GWS_PROXY/u'])).toBe('GWS_PROXY/u');
    expect(appendWslEnv('', ['GWS_PROXY/u'])).toBe('GWS_PROXY/u');
    expect(appendWslEnv('GOPATH/l::', ['GWS_PROXY/u'])).toBe('GOPATH/l:GWS_PROXY/u');
  });

  it('replaces only an entry of the same (case-sensitive) name', () => {
    expect(appendWslEnv('GWS_PROXY/up:gws_proxy', ['GWS_PROXY/u'])).toBe('gws_proxy:GWS_PROXY/u');
  });

  it('folds a differently cased WslEnv from the host into one WSLENV (Windows names ignore case)', () => {
    const env = childEnv({ Path: 'C:\\Windows', WslEnv: 'GOPATH/l' }, { WSLENV: 'GWS_PROXY/u', GWS_PROXY: 'http://h:1' });
    expect(Object.keys(env).filter((k) => k.toUpperCase() === 'WSLENV')).toEqual(['WSLENV']);
    expect(env.WSLENV).toBe('GOPATH/l:GWS_PROXY/u');
    expect(env.GWS_PROXY).toBe('http://h:1');
  });

  it('leaves the host WSLENV alone when the spec adds none', () => {
    expect(childEnv({ WSLENV: USER_WSLENV }, { WSL_UTF8: '1' }).WSLENV).toBe(USER_WSLENV);
  });
});
