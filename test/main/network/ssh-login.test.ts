import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NetworkService } from '../../../src-main/services/network';
import type { SshHosts } from '../../../src-main/services/network/git';
import { BashHost } from '../../support/net/bash-host';
import { makeNetSandbox, type NetSandbox } from '../../support/net/sandbox';
import { refusedPort } from '../../support/net/servers';
import { localSshdMissing, startLocalSshd, type LocalSshd } from '../../support/net/sshd';

/**
 * The SSH test against a real OpenSSH server that greets like GitHub, with
 * StrictHostKeyChecking=yes against pinned keys (the server's own key pinned
 * the way the product pins GitHub's, through SshHosts.knownHosts): the key the
 * wizard made gets in, the answer is read, nothing is recorded on first
 * contact, an unknown or replaced host key is refused, and port 22 being
 * closed sends the test to the fallback port.
 */
const missing = localSshdMissing();
if (missing) console.warn(`ssh-login.test: skipped, ${missing}`);

const target = { distro: 'Ubuntu', user: 'tester' };
const GREETING = "Hi octocat! You've successfully authenticated, but GitHub does not provide shell access.";
let sshd: LocalSshd;
let closedPort: number;
let sb: NetSandbox;

beforeAll(async () => {
  if (missing) return;
  [sshd, closedPort] = await Promise.all([startLocalSshd(GREETING), refusedPort()]);
});
afterAll(async () => {
  await sshd?.close();
});
afterEach(() => sb?.cleanup());

/** The local server's key pinned under the names the test connects by (what ssh-host-keys.ts does for GitHub). */
function pinned(...names: string[]): string {
  return `${names.map((n) => `[${n}]:${sshd.port}`).join(',')} ${sshd.hostKey()}\n`;
}

function service(hosts: Partial<SshHosts> = {}) {
  sb = makeNetSandbox();
  const host = new BashHost({ root: sb.root, home: sb.home, env: { SSH_AUTH_SOCK: sshd.agentSocket } });
  return new NetworkService(host, {
    ssh: { host: '127.0.0.1', port: sshd.port, fallbackHost: null, fallbackPort: null, timeoutS: 5, user: 'root', knownHosts: pinned('127.0.0.1'), ...hosts },
  });
}

/** The wizard makes its key in this sandbox; the client offers it; the server lets it in unless told otherwise. */
async function keyFor(s: NetworkService, authorized = true): Promise<void> {
  const k = await s.sshKey({ target, generate: true, comment: 'dev@example.com', test: false });
  sshd.offer(join(sb.homeDir, '.ssh/id_ed25519'));
  sshd.authorize(authorized ? (k.publicKey ?? '') : OTHER_KEY);
}
// Someone else's key: what the server knows when this user's key was never added.
const OTHER_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLW7u+g9pTh+wyqDHpSQEIQczXkVx9q someone@example.com';

describe.skipIf(missing !== null)('SSH test against a real sshd', () => {
  it('authenticates against the pinned host key, names the account, and records nothing', async () => {
    const s = service();
    await keyFor(s);
    const r = await s.sshKey({ target, generate: false, test: true, service: 'github' });
    expect(r.test).toEqual({ service: 'github', status: 'authenticated', account: 'octocat', via: `127.0.0.1:${sshd.port}`, finding: null });
    // StrictHostKeyChecking=yes with our own temporary file: the user's known_hosts is not written.
    expect(existsSync(join(sb.homeDir, '.ssh/known_hosts'))).toBe(false);
  });

  it('an unknown host key (nothing pinned for it) is refused as host-key, and nothing is recorded', async () => {
    const s = service({ knownHosts: '' });
    await keyFor(s);
    const r = await s.sshKey({ target, generate: false, test: true });
    expect(r.test).toMatchObject({ status: 'host-key', account: null, finding: null });
    expect(existsSync(join(sb.homeDir, '.ssh/known_hosts'))).toBe(false);
    // Pinned under another name only: still unknown for this one.
    const other = service({ knownHosts: pinned('localhost') });
    await keyFor(other);
    expect((await other.sshKey({ target, generate: false, test: true })).test?.status).toBe('host-key');
  });

  it('a replaced host key is refused as host-key, with no "add your key" finding', async () => {
    const s = service();
    await keyFor(s);
    expect((await s.sshKey({ target, generate: false, test: true })).test?.status).toBe('authenticated');
    await sshd.newHostKey();
    const r = await s.sshKey({ target, generate: false, test: true });
    expect(r.test).toMatchObject({ status: 'host-key', finding: null });
  });

  it('a key the server does not know is denied (GIT_AUTH)', async () => {
    const s = service();
    await keyFor(s, false);
    const r = await s.sshKey({ target, generate: false, test: true });
    expect(r.test).toMatchObject({ status: 'denied', finding: 'GIT_AUTH' });
  });

  it('port 22 closed: the test goes on to the fallback host (pinned under its own name) and reports that route', async () => {
    const s = service({ port: closedPort, fallbackHost: 'localhost', fallbackPort: sshd.port, knownHosts: pinned('localhost') });
    await keyFor(s);
    const r = await s.sshKey({ target, generate: false, test: true, service: 'gitlab' });
    expect(r.test).toEqual({ service: 'gitlab', status: 'authenticated', account: 'octocat', via: `localhost:${sshd.port}`, finding: null });
  });
});
