import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NetworkService } from '../../../src-main/services/network';
import { sshHostsFor } from '../../../src-main/services/network/git';
import type { CommandSpec, Host } from '../../../src-main/host/types';
import { knownHostsFor } from '../../../src-shared/network/ssh-host-keys';
import { BashHost } from '../../support/net/bash-host';
import { startConnectProxy, type RunningProxy } from '../../support/net/connect-proxy';
import { makeNetSandbox, type NetSandbox } from '../../support/net/sandbox';
import { refusedPort, startTlsServer, type Running } from '../../support/net/servers';
import { makeUntrustedCert } from '../../support/net/tls-cert';

const target = { distro: 'Ubuntu', user: 'tester' };
let sb: NetSandbox;
let tls: Running;
let proxy: RunningProxy;
let closedPort: number;

beforeAll(async () => {
  const cert = makeUntrustedCert();
  [tls, proxy, closedPort] = await Promise.all([startTlsServer(cert.key, cert.cert), startConnectProxy({ credentials: { username: 'bob', password: 'hunter2-secret' } }), refusedPort()]);
});
afterAll(async () => {
  await Promise.all([tls?.close(), proxy?.close()]);
});
beforeEach(() => {
  sb?.cleanup();
  sb = makeNetSandbox();
});

const svc = (opts: ConstructorParameters<typeof NetworkService>[1] = {}) => new NetworkService(new BashHost({ root: sb.root, home: sb.home }), opts);

describe('gitSetup', () => {
  it('sets name, email and insteadOf as data: shell syntax in a name is stored literally, never run', async () => {
    const name = "Zhang San $(touch /tmp/gws-pwned) `id` 'x'";
    const r = await svc().gitSetup({ target, name, email: "o'brien@example.com", installIfMissing: false, insteadOf: { base: 'git@github.com:', prefix: 'https://github.com/' } });
    expect(r.gitVersion).toMatch(/^git version /);
    expect(r).toMatchObject({ name, email: "o'brien@example.com", findings: [] });
    expect(r.insteadOf).toEqual(['url.git@github.com:.insteadof https://github.com/']);
    expect(existsSync('/tmp/gws-pwned')).toBe(false);
    const cfg = readFileSync(join(sb.homeDir, '.gitconfig'), 'utf8');
    expect(cfg).toContain('[url "git@github.com:"]');
    // Twice: still one insteadOf entry.
    const again = await svc().gitSetup({ target, installIfMissing: false, insteadOf: { base: 'git@github.com:', prefix: 'https://github.com/' } });
    expect(again.insteadOf).toHaveLength(1);
  });

  it('undo removes exactly the rewrites it set: the user\'s own rewrites and settings stay', async () => {
    const home = { ...process.env, HOME: sb.homeDir };
    // The user's own: another prefix for the same base, and a rewrite of their company's server.
    execFileSync('git', ['config', '--global', '--add', 'url.git@github.com:.insteadOf', 'https://githubXcom/'], { env: home });
    execFileSync('git', ['config', '--global', 'url.ssh://git@corp.example/.insteadOf', 'https://corp.example/'], { env: home });
    await svc().gitSetup({ target, name: 'Zhang San', installIfMissing: false, insteadOf: { base: 'git@github.com:', prefix: 'https://github.com/' } });
    await svc().gitSetup({ target, installIfMissing: false, insteadOf: { base: 'git@github.com:', prefix: 'https://github.com/' } });

    const undone = await svc().undoExtras({ target });
    expect(undone.removedRewrites).toEqual(['git@github.com: https://github.com/']);
    expect(undone.removedCertificates).toEqual([]);
    expect(undone.changes.map((c) => c.action)).toEqual(['removed']);
    const left = execFileSync('git', ['config', '--global', '--get-regexp', '^url\\.'], { env: home, encoding: 'utf8' }).trim().split('\n').sort();
    expect(left).toEqual(['url.git@github.com:.insteadof https://githubXcom/', 'url.ssh://git@corp.example/.insteadof https://corp.example/']);
    expect(execFileSync('git', ['config', '--global', 'user.name'], { env: home, encoding: 'utf8' }).trim()).toBe('Zhang San');

    expect(await svc().undoExtras({ target })).toEqual({ removedCertificates: [], removedRewrites: [], changes: [] });
  });

  it('with git present, install does nothing and reports the version', async () => {
    const r = await svc().gitSetup({ target, installIfMissing: true });
    expect(r).toMatchObject({ installed: false, findings: [] });
  });
});

// openssh-client is not in every base image; the SSH output parsing is covered in test/shared/network.
const HAS_SSH = spawnSync('ssh-keygen', ['-?']).error === undefined && spawnSync('ssh', ['-V']).error === undefined;
if (!HAS_SSH) console.warn('git-dns-tls.test: openssh-client not installed; skipping the real ssh-keygen / ssh -T test');

describe('sshKey', () => {
  it.skipIf(!HAS_SSH)('generates an ed25519 key once, shows the public key, and tests port 22 then the port-443 fallback', async () => {
    const s = svc({ ssh: { host: '127.0.0.1', port: closedPort, fallbackHost: 'localhost', fallbackPort: closedPort, timeoutS: 3 } });
    const first = await s.sshKey({ target, generate: true, comment: 'dev@example.com', test: true });
    expect(first.created).toBe(true);
    expect(first.publicKey).toMatch(/^ssh-ed25519 AAAA\S+ dev@example\.com$/);
    expect(first.fingerprint).toMatch(/SHA256:/);
    expect(first.test).toMatchObject({ status: 'refused', finding: 'CONN_REFUSED_REMOTE', via: `localhost:${closedPort}` });
    const second = await s.sshKey({ target, generate: true, comment: 'other', test: false });
    expect(second).toMatchObject({ created: false, publicKey: first.publicKey });
    expect(execFileSync('stat', ['-c', '%a', join(sb.homeDir, '.ssh/id_ed25519')], { encoding: 'utf8' }).trim()).toBe('600');
  });
});

describe('sshKey: the service', () => {
  it('maps each service to its SSH hosts (Gitee: no port-443 route)', () => {
    expect(sshHostsFor('github')).toEqual({ host: 'github.com', port: 22, fallbackHost: 'ssh.github.com', fallbackPort: 443, timeoutS: 10 });
    expect(sshHostsFor('gitlab')).toEqual({ host: 'gitlab.com', port: 22, fallbackHost: 'altssh.gitlab.com', fallbackPort: 443, timeoutS: 10 });
    expect(sshHostsFor('gitee')).toEqual({ host: 'gitee.com', port: 22, fallbackHost: null, fallbackPort: null, timeoutS: 10 });
  });

  it.each(['github', 'gitlab', 'gitee'] as const)('the product checks %s strictly against its published keys (never accept-new)', async (service) => {
    const seen: CommandSpec[] = [];
    const host: Host = {
      kind: 'local-linux',
      readOnly: false,
      processCount: 0,
      shell: () => null,
      run: async (spec: CommandSpec) => {
        seen.push(spec);
        const empty = new Uint8Array();
        return { id: spec.id, argv: spec.argv, exitCode: 0, signal: null, stdout: '', stderr: '', stdoutBytes: empty, stderrBytes: empty, encoding: { stdout: 'utf8', stderr: 'utf8' }, timedOut: false, cancelled: false, durationMs: 0 };
      },
    } as unknown as Host;
    await new NetworkService(host).sshKey({ target, generate: false, test: true, service });
    const args = seen.find((s) => s.id === 'net.ssh-test')?.distro?.args ?? [];
    expect(args.slice(0, 2)).toEqual(['test', sshHostsFor(service).host]);
    expect(Buffer.from(args[7] ?? '', 'base64').toString('utf8')).toBe(knownHostsFor(service));
    const script = readFileSync(join(__dirname, '../../../src-main/distro-scripts/net-ssh.sh'), 'utf8');
    expect(script).toContain('StrictHostKeyChecking=yes');
    expect(script).not.toContain('accept-new -o');
  });

  it.skipIf(!HAS_SSH)('without a fallback host, only port 22 is tried, and the answer names the service', async () => {
    const host = new BashHost({ root: sb.root, home: sb.home });
    const s = new NetworkService(host, { ssh: { host: '127.0.0.1', port: closedPort, fallbackHost: null, fallbackPort: null, timeoutS: 3 } });
    await s.sshKey({ target, generate: true, comment: 'dev@example.com', test: false });
    const r = await s.sshKey({ target, generate: false, test: true, service: 'gitee' });
    expect(r.test).toEqual({ service: 'gitee', status: 'refused', account: null, via: `127.0.0.1:${closedPort}`, finding: 'CONN_REFUSED_REMOTE' });
    // An override without knownHosts pins nothing (empty): no key would be trusted.
    expect(host.seen.at(-1)?.distro?.args).toEqual(['test', '127.0.0.1', String(closedPort), '', '', '3', 'git', '']);
    expect(host.seen.at(-1)?.title).toBe('ssh -T git@127.0.0.1');
    // The script itself: one attempt, a clean exit, nothing on stderr (an empty fallback is not an error).
    const direct = spawnSync('bash', ['-s', '--', 'test', '127.0.0.1', String(closedPort), '', '', '3'], {
      input: readFileSync(join(__dirname, '../../../src-main/distro-scripts/net-ssh.sh')),
      env: { PATH: process.env.PATH, HOME: sb.home, GWS_ROOT: sb.root },
      encoding: 'utf8',
    });
    expect({ status: direct.status, stderr: direct.stderr, tries: direct.stdout.match(/^SSH_TRY .*$/gm) }).toEqual({ status: 0, stderr: '', tries: [`SSH_TRY 127.0.0.1 ${closedPort} 255`] });
  });
});

describe('sshKey failures', () => {
  it.skipIf(!HAS_SSH)('says so when ssh-keygen cannot create the key, instead of reporting "no key"', async () => {
    sb.write('home/tester/.ssh', 'a file where the .ssh folder should be\n');
    await expect(svc().sshKey({ target, generate: true, comment: 'dev@example.com', test: false })).rejects.toMatchObject({ code: 'HOST_FAILED', message: expect.stringContaining('creating the SSH key failed') });
  });
});

describe('dnsCheck', () => {
  it('reads resolv.conf and resolves; a name that cannot resolve gives DNS_FAILURE with fixes', async () => {
    sb.write('etc/resolv.conf', '# This file was automatically generated by WSL. To stop automatic generation of this file, add the following entry to /etc/wsl.conf:\nnameserver 172.24.16.1\n');
    const good = await svc().dnsCheck({ target, hosts: ['localhost'] });
    expect(good.resolvConf).toMatchObject({ generatedByWsl: true, nameservers: ['172.24.16.1'] });
    expect(good.results[0]).toMatchObject({ host: 'localhost', ok: true });
    expect(good.findings).toEqual([]);
    // .invalid never resolves (RFC 6761), so this fails fast without any network.
    const bad = await svc().dnsCheck({ target, hosts: ['proxy.golang.invalid'] });
    expect(bad.findings).toEqual(['DNS_FAILURE']);
    expect(bad.fixes).toEqual(['dnsTunneling', 'fixedResolver', 'checkVpn']);
  });
});

describe('tlsCheck', () => {
  it('sees an inspecting, untrusted issuer (openssl-made certificate) as TLS_UNTRUSTED and asks for the CA import', async () => {
    const r = await svc().tlsCheck({ target, hosts: [`localhost:${tls.port}`] });
    expect(r.hosts[0]).toMatchObject({ connected: true, trusted: false, intercepted: true, finding: 'TLS_UNTRUSTED' });
    expect(r.hosts[0]?.issuer).toContain('Example Corp TLS Inspection CA');
    expect(r.importCaNeeded).toBe(true);
  });

  it('handshakes through an authenticating proxy without the password on any command line', async () => {
    const host = new BashHost({ root: sb.root, home: sb.home });
    const r = await new NetworkService(host).tlsCheck({ target, hosts: [`tls.gws.test:${tls.port}`], proxy: { url: proxy.url, username: 'bob', password: 'hunter2-secret' } });
    expect(r.hosts[0]).toMatchObject({ connected: true, finding: 'TLS_UNTRUSTED' });
    expect(proxy.log).toContain(`CONNECT tls.gws.test:${tls.port}`);
    expect(JSON.stringify([r, host.seen.map((s) => s.argv)])).not.toContain('hunter2');
  });
});
