import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseDns, parseResolvConf, parseResolveLines } from '../../../src-shared/network/dns';
import { parseSshTest, sshFinding, SSH_SERVICE_IDS, SSH_SERVICES, validEmail, validGitName, validUrlPrefix } from '../../../src-shared/network/git';
import { isPublicIssuer, judgeTls, parseTlsBlocks } from '../../../src-shared/network/tls';

const REAL = join(__dirname, '../../fixtures/real/linux');
const body = (name: string) => readFileSync(join(REAL, name), 'utf8').split('\n---\n')[1] ?? '';

describe('DNS', () => {
  it('reads real resolv.conf files written by WSL', () => {
    expect(parseResolvConf(body('resolv-conf-wsl-generated-01.txt'))).toMatchObject({ generatedByWsl: true, nameservers: ['172.24.16.1'], dnsTunneling: false });
    expect(parseResolvConf(body('resolv-conf-dns-tunneling-01.txt')).search).toEqual(['LUCASTHEISEN.COM', 'lucastheisen.home']);
  });

  it('finds DNS_FAILURE only when nothing resolves, and orders the fixes by who wrote resolv.conf', () => {
    const generated = parseResolvConf(body('resolv-conf-wsl-generated-03.txt'));
    const failing = parseResolveLines('RESOLVE proxy.golang.org 2 5003 \nRESOLVE goproxy.cn 2 5002 \n');
    expect(diagnoseDns(generated, failing)).toEqual({ findings: ['DNS_FAILURE'], fixes: ['dnsTunneling', 'fixedResolver', 'checkVpn'] });
    const handWritten = parseResolvConf('nameserver 10.0.0.53\n');
    expect(diagnoseDns(handWritten, failing).fixes[0]).toBe('generateResolvConf');
    const working = parseResolveLines('RESOLVE github.com 0 12 140.82.112.3\nRESOLVE goproxy.cn 2 5000 \n');
    expect(diagnoseDns(generated, working)).toEqual({ findings: [], fixes: [] });
  });
});

describe('TLS', () => {
  const sclient = (issuer: string, code: string) =>
    `TLS_HOST proxy.golang.org\nCONNECTED(00000003)\nsubject=CN = proxy.golang.org\nissuer=${issuer}\n    Verify return code: ${code}\n`;

  it('trusts a public CA and flags an inspecting one', () => {
    const [good] = parseTlsBlocks(sclient('C = US, O = Google Trust Services, CN = WR2', '0 (ok)'));
    expect(judgeTls(good!)).toEqual({ host: 'proxy.golang.org', trusted: true, intercepted: false, finding: null });
    const [bad] = parseTlsBlocks(sclient('O = Example Corp, CN = Example Corp TLS Inspection CA', '19 (self-signed certificate in certificate chain)'));
    expect(judgeTls(bad!)).toEqual({ host: 'proxy.golang.org', trusted: false, intercepted: true, finding: 'TLS_UNTRUSTED' });
    expect(isPublicIssuer("C = US, O = Let's Encrypt, CN = R11")).toBe(true);
  });

  it('treats no connection as no TLS verdict', () => {
    const [none] = parseTlsBlocks('TLS_HOST goproxy.cn\n');
    expect(judgeTls(none!)).toMatchObject({ trusted: false, finding: null });
  });
});

describe('git and SSH', () => {
  it('validates names, emails and insteadOf prefixes', () => {
    expect(validGitName('张三 (Zhang San)')).toBe(true);
    expect(validGitName('evil\n[core]\n\tsshCommand = touch /tmp/x')).toBe(false);
    expect(validEmail('dev@example.com')).toBe(true);
    expect(validEmail('a@b')).toBe(false);
    expect(validEmail('$(id)@example.com')).toBe(false);
    expect(validUrlPrefix('git@github.com:')).toBe(true);
    expect(validUrlPrefix('https://github.com/')).toBe(true);
    expect(validUrlPrefix('ext::sh -c touch% /tmp/pwned')).toBe(false);
  });

  it('reads ssh -T answers', () => {
    expect(parseSshTest("Hi octocat! You've successfully authenticated, but GitHub does not provide shell access.")).toEqual({ status: 'authenticated', account: 'octocat' });
    expect(parseSshTest('git@github.com: Permission denied (publickey).').status).toBe('denied');
    expect(parseSshTest('ssh: connect to host github.com port 22: Connection refused').status).toBe('refused');
    expect(parseSshTest('ssh: connect to host github.com port 22: Connection timed out').status).toBe('timeout');
    expect(sshFinding('denied')).toBe('GIT_AUTH');
    // A changed host key is not a login problem: no "add your key" advice under an interception warning.
    expect(parseSshTest('@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nHost key verification failed.').status).toBe('host-key');
    expect(sshFinding('host-key')).toBeNull();
  });

  // The greetings as the services document them: Gitee (help.gitee.com, "SSH 公钥设置"; a user's post shows a
  // Chinese display name with the login), GitLab (gitlab-shell's README, "Discover"). All exit non-zero.
  it('reads the Gitee and GitLab greetings and names the account by its login', () => {
    expect(parseSshTest("Hi USERNAME! You've successfully authenticated, but GITEE.COM does not provide shell access.")).toEqual({ status: 'authenticated', account: 'USERNAME' });
    expect(parseSshTest("Hi 张三(@yang-yu521)! You've successfully authenticated, but GITEE.COM does not provide shell access.")).toEqual({ status: 'authenticated', account: 'yang-yu521' });
    expect(parseSshTest("Hi Anonymous! You've successfully authenticated, but GITEE.COM does not provide shell access.")).toEqual({ status: 'authenticated', account: 'Anonymous' });
    expect(parseSshTest('PTY allocation request failed on channel 0\nWelcome to GitLab, @username!\nConnection to gitlab.com closed.')).toEqual({ status: 'authenticated', account: 'username' });
    expect(parseSshTest("Hi octocat/hello-world! You've successfully authenticated, but GitHub does not provide shell access.")).toEqual({ status: 'authenticated', account: 'octocat' });
    expect(parseSshTest('git@gitee.com: Permission denied (publickey).').status).toBe('denied');
    // A line break inside the would-be name is not a greeting.
    expect(parseSshTest("Hi\nthere! You've successfully authenticated").status).toBe('unknown');
  });

  it('knows each service\'s SSH hosts; Gitee has no port-443 route', () => {
    expect(SSH_SERVICE_IDS).toEqual(['github', 'gitee', 'gitlab']);
    expect(SSH_SERVICES.github.fallback).toEqual({ host: 'ssh.github.com', port: 443 });
    expect(SSH_SERVICES.gitlab.fallback).toEqual({ host: 'altssh.gitlab.com', port: 443 });
    expect(SSH_SERVICES.gitee.fallback).toBeNull();
    for (const id of SSH_SERVICE_IDS) expect(validUrlPrefix(SSH_SERVICES[id].https)).toBe(true);
  });
});
