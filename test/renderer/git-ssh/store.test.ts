import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract/errors';
import type { GitSetupResult, SshKeyResult } from '../../../src-shared/contract/network';
import { createGitSshStore, hasRewrite, identityProblems, keyCommentFor, sshRewriteFor, type SshTest } from '../../../src-renderer/store/git-ssh';
import { deferred, fakeApi, type Handlers } from '../fake-api';

type Git = z.infer<typeof GitSetupResult>;
type Ssh = z.infer<typeof SshKeyResult>;

const target = { distro: 'Ubuntu', user: 'mei' };
const net = { distro: 'Ubuntu', user: 'mei' };
const git = (over: Partial<Git> = {}): Git => ({ gitVersion: 'git version 2.43.0', installed: false, name: null, email: null, insteadOf: [], findings: [], ...over });
const PUB = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLW7u+g9pTh+wyqDHpSQEIQczXkVx9q mei@example.com';
const FP = '256 SHA256:q7mh5m2m8C8w1m0z2nY9t3k8n4r5s6t7u8v9w0x1y2z mei@example.com (ED25519)';
const ssh = (over: Partial<Ssh> = {}): Ssh => ({ publicKey: PUB, fingerprint: FP, created: false, test: null, ...over });
const authed = (via: string, service: SshTest['service'] = 'github'): SshTest => ({ service, status: 'authenticated', account: 'mei-chen', via, finding: null });

/** A store that has read git (with the settings given) and the key; the calls so far are cleared. */
async function loaded(gitOver: Partial<Git> = {}, sshOver: Partial<Ssh> = {}, more: Handlers = {}) {
  const f = fakeApi({ 'network.gitSetup': () => git(gitOver), 'network.sshKey': () => ssh(sshOver), ...more });
  const s = createGitSshStore(f.api);
  await s.getState().probe(target);
  f.calls.length = 0;
  return { f, s };
}

describe('git and SSH store: the reads', () => {
  it('reads git and the key by themselves with exactly the read-only requests, and prefills the identity', async () => {
    const g = deferred<Git>();
    const f = fakeApi({ 'network.gitSetup': () => g.promise, 'network.sshKey': () => ssh() });
    const s = createGitSshStore(f.api);
    const p = s.getState().probe(target);
    // While reading: busy, and cancellable through the task id that was sent.
    expect(s.getState()).toMatchObject({ busy: 'probe', taskId: 'gitssh-probe-1', loadedFor: 'Ubuntu/mei' });
    g.resolve(git({ name: 'Mei Chen', email: 'mei@example.com' }));
    await p;
    expect(f.calls).toEqual([
      { channel: 'network.gitSetup', request: { taskId: 'gitssh-probe-1', target: net, installIfMissing: false } },
      { channel: 'network.sshKey', request: { taskId: 'gitssh-probe-2', target: net, generate: false, test: false } },
    ]);
    expect(s.getState()).toMatchObject({ busy: null, taskId: null, error: null, name: 'Mei Chen', email: 'mei@example.com', typed: false });
    expect(s.getState().sshKey).toEqual({ publicKey: PUB, fingerprint: FP, created: false });
  });

  it('a failed git read (read-only replay) still reads the key and reports the failure', async () => {
    const f = fakeApi({
      'network.gitSetup': () => {
        throw new ApiError('READ_ONLY', 'replaying a recorded machine: "net.git-config" is not performed');
      },
      'network.sshKey': () => ssh({ publicKey: null, fingerprint: null }),
    });
    const s = createGitSshStore(f.api);
    await s.getState().probe(target);
    expect(f.calls.map((c) => c.channel)).toEqual(['network.gitSetup', 'network.sshKey']);
    expect(s.getState().error).toMatchObject({ code: 'READ_ONLY' });
    expect(s.getState().failedAction).toBe('probe');
    expect(s.getState().git).toBeNull();
    expect(s.getState().sshKey).toEqual({ publicKey: null, fingerprint: null, created: false });
  });

  it('a failed key read keeps the git answer and reports the failure', async () => {
    const f = fakeApi({
      'network.gitSetup': () => git(),
      'network.sshKey': () => {
        throw new ApiError('TIMEOUT', 'net.ssh-key ran past 30000 ms');
      },
    });
    const s = createGitSshStore(f.api);
    await s.getState().probe(target);
    expect(s.getState()).toMatchObject({ busy: null, taskId: null, failedAction: 'probe', error: { code: 'TIMEOUT', message: 'net.ssh-key ran past 30000 ms' }, sshKey: null });
    expect(s.getState().git?.gitVersion).toBe('git version 2.43.0');
  });

  it('checking again keeps what the user typed; another distro or user forgets everything of the old one', async () => {
    const { s } = await loaded({ name: 'Config Name', email: 'config@example.com' });
    s.getState().setName('Typed Name');
    await s.getState().probe(target);
    expect(s.getState().name).toBe('Typed Name');
    expect(s.getState().email).toBe('config@example.com');
    await s.getState().probe({ distro: 'Debian', user: 'mei' });
    expect(s.getState()).toMatchObject({ loadedFor: 'Debian/mei', name: 'Config Name', typed: false, test: null });
  });

  it('a second read while one runs sends nothing', async () => {
    const g = deferred<Git>();
    const f = fakeApi({ 'network.gitSetup': () => g.promise, 'network.sshKey': () => ssh() });
    const s = createGitSshStore(f.api);
    const p = s.getState().probe(target);
    await s.getState().probe(target);
    g.resolve(git());
    await p;
    expect(f.calls.filter((c) => c.channel === 'network.gitSetup')).toHaveLength(1);
  });
});

describe('git and SSH store: changes only on request', () => {
  it('installs git as asked, not cancellable (apt must not be killed half-way), and shows the new version', async () => {
    const d = deferred<Git>();
    const { f, s } = await loaded({}, {}, {
      'network.gitSetup': (req) => (req.installIfMissing ? d.promise : git({ gitVersion: null, findings: ['GIT_MISSING'] })),
    });
    expect(s.getState().git?.gitVersion).toBeNull();
    const p = s.getState().installGit(target);
    expect(s.getState()).toMatchObject({ busy: 'install', taskId: null });
    d.resolve(git({ installed: true }));
    expect(await p).toBe(true);
    expect(f.calls).toEqual([{ channel: 'network.gitSetup', request: { taskId: 'gitssh-install-3', target: net, installIfMissing: true } }]);
    expect(s.getState().git).toMatchObject({ gitVersion: 'git version 2.43.0', installed: true });
    expect(s.getState().busy).toBeNull();
  });

  it('an apt lock comes back as a finding with git still missing', async () => {
    let installing = false;
    const { s } = await loaded({}, {}, {
      'network.gitSetup': (req) => {
        if (req.installIfMissing) installing = true;
        return git({ gitVersion: null, findings: installing ? ['APT_LOCKED', 'GIT_MISSING'] : ['GIT_MISSING'] });
      },
    });
    expect(await s.getState().installGit(target)).toBe(true);
    expect(s.getState().git?.findings).toEqual(['APT_LOCKED', 'GIT_MISSING']);
  });

  it('refuses empty and invalid names and emails without sending anything', async () => {
    const { f, s } = await loaded();
    const tryIdentity = async (name: string, email: string) => {
      s.getState().setName(name);
      s.getState().setEmail(email);
      expect(await s.getState().saveIdentity(target)).toBe(false);
      return s.getState().problems;
    };
    expect(await tryIdentity('', '')).toEqual({ name: 'empty', email: 'empty' });
    expect(await tryIdentity('   ', 'mei@example.com')).toEqual({ name: 'empty', email: null });
    expect(await tryIdentity('Mei\nChen', 'mei@example.com')).toEqual({ name: 'invalid', email: null });
    expect(await tryIdentity('Mei\u0007', 'mei@example.com')).toEqual({ name: 'invalid', email: null });
    expect(await tryIdentity('x'.repeat(101), 'mei@example.com')).toEqual({ name: 'invalid', email: null });
    expect(await tryIdentity('Mei Chen', 'mei@')).toEqual({ name: null, email: 'invalid' });
    expect(await tryIdentity('Mei Chen', 'mei@localhost')).toEqual({ name: null, email: 'invalid' });
    expect(await tryIdentity('Mei Chen', 'mei chen@example.com')).toEqual({ name: null, email: 'invalid' });
    expect(await tryIdentity('Mei Chen', 'mei@example.com\nX')).toEqual({ name: null, email: 'invalid' });
    expect(f.calls).toEqual([]);
    // Editing a refused field clears its message (the other keeps its own).
    s.getState().setName('');
    s.getState().setEmail('');
    await s.getState().saveIdentity(target);
    s.getState().setEmail('m');
    expect(s.getState().problems).toEqual({ name: 'empty', email: null });
  });

  it('sends a valid identity trimmed, exactly once, and takes what git then reports', async () => {
    const { f, s } = await loaded({}, {}, {
      'network.gitSetup': (req) => git({ name: req.name ?? null, email: req.email ?? null }),
    });
    s.getState().setName('  陈美 Mei  ');
    s.getState().setEmail(' mei.chen+go@example.com ');
    expect(await s.getState().saveIdentity(target)).toBe(true);
    expect(f.calls).toEqual([
      { channel: 'network.gitSetup', request: { taskId: 'gitssh-identity-3', target: net, name: '陈美 Mei', email: 'mei.chen+go@example.com', installIfMissing: false } },
    ]);
    expect(s.getState()).toMatchObject({ saved: true, typed: false, name: '陈美 Mei', email: 'mei.chen+go@example.com', problems: { name: null, email: null } });
    // Typing again withdraws the "saved" line.
    s.getState().setName('Mei');
    expect(s.getState().saved).toBe(false);
  });

  it('does not write the identity while git is missing', async () => {
    const { f, s } = await loaded({ gitVersion: null });
    s.getState().setName('Mei');
    s.getState().setEmail('mei@example.com');
    expect(await s.getState().saveIdentity(target)).toBe(false);
    expect(f.calls).toEqual([]);
  });

  it('creates a key only when there is none, commented with the git email when that is a valid comment', async () => {
    const { f, s } = await loaded({ email: 'mei@example.com' }, { publicKey: null, fingerprint: null }, {
      'network.sshKey': (req) => (req.generate ? ssh({ created: true }) : ssh({ publicKey: null, fingerprint: null })),
    });
    expect(await s.getState().createKey(target)).toBe(true);
    expect(f.calls).toEqual([{ channel: 'network.sshKey', request: { taskId: 'gitssh-keygen-3', target: net, generate: true, test: false, comment: 'mei@example.com' } }]);
    expect(s.getState().sshKey).toEqual({ publicKey: PUB, fingerprint: FP, created: true });
    expect(s.getState().keyNotCreated).toBe(false);
    // Now there is one: a second press sends nothing.
    expect(await s.getState().createKey(target)).toBe(false);
    expect(f.calls).toHaveLength(1);
  });

  it('without a usable email the key has no comment; no key coming back is said', async () => {
    const { f, s } = await loaded({ email: "o'brien@example.com" }, { publicKey: null, fingerprint: null }, {
      'network.sshKey': () => ssh({ publicKey: null, fingerprint: null }),
    });
    expect(await s.getState().createKey(target)).toBe(true);
    expect(f.calls[0]?.request).toEqual({ taskId: 'gitssh-keygen-3', target: net, generate: true, test: false });
    expect(s.getState().keyNotCreated).toBe(true);
  });

  it('tests SSH with a cancellable task; a cancel is kept as CANCELLED, the answer as the test', async () => {
    const answer = deferred<Ssh>();
    const { f, s } = await loaded({}, {}, { 'network.sshKey': (req) => (req.test ? answer.promise : ssh()) });
    const p = s.getState().testSsh(target);
    expect(s.getState()).toMatchObject({ busy: 'test', taskId: 'gitssh-test-3' });
    expect(f.calls).toEqual([{ channel: 'network.sshKey', request: { taskId: 'gitssh-test-3', target: net, generate: false, test: true, service: 'github' } }]);
    // Nothing else starts while the test runs.
    expect(await s.getState().createKey(target)).toBe(false);
    expect(await s.getState().installGit(target)).toBe(false);
    expect(f.calls).toHaveLength(1);
    answer.reject(new ApiError('CANCELLED', 'net.ssh-test cancelled'));
    expect(await p).toBe(false);
    expect(s.getState()).toMatchObject({ busy: null, taskId: null, failedAction: 'test', error: { code: 'CANCELLED' } });

    const denied: SshTest = { service: 'github', status: 'denied', account: null, via: 'github.com:22', finding: 'GIT_AUTH' };
    const again = await loaded({}, {}, { 'network.sshKey': (req) => ssh({ test: req.test ? denied : null }) });
    expect(await again.s.getState().testSsh(target)).toBe(true);
    expect(again.s.getState().test).toEqual(denied);
    expect(again.s.getState().error).toBeNull();
  });

  it('acts only for the distro it has read: another target sends nothing', async () => {
    const { f, s } = await loaded({ gitVersion: null });
    expect(await s.getState().installGit({ distro: 'Debian', user: 'mei' })).toBe(false);
    expect(await s.getState().testSsh({ distro: 'Ubuntu', user: 'root' })).toBe(false);
    expect(f.calls).toEqual([]);
  });
});

describe('SSH instead of https (insteadOf)', () => {
  it('follows the service and route the test authenticated through, and nothing else', () => {
    expect(sshRewriteFor(authed('github.com:22'))).toEqual({ base: 'git@github.com:', prefix: 'https://github.com/' });
    expect(sshRewriteFor(authed('ssh.github.com:443'))).toEqual({ base: 'ssh://git@ssh.github.com:443/', prefix: 'https://github.com/' });
    expect(sshRewriteFor(authed('gitee.com:22', 'gitee'))).toEqual({ base: 'git@gitee.com:', prefix: 'https://gitee.com/' });
    expect(sshRewriteFor(authed('altssh.gitlab.com:443', 'gitlab'))).toEqual({ base: 'ssh://git@altssh.gitlab.com:443/', prefix: 'https://gitlab.com/' });
    // A route that is not the tested service's own host gives no rule.
    expect(sshRewriteFor(authed('gitlab.com:22'))).toBeNull();
    expect(sshRewriteFor(authed('github.com:22', 'gitee'))).toBeNull();
    expect(sshRewriteFor(authed('evilgithub.com:22'))).toBeNull();
    expect(sshRewriteFor({ ...authed('github.com:22'), status: 'denied' })).toBeNull();
    expect(sshRewriteFor({ ...authed('github.com:22'), via: null })).toBeNull();
    expect(sshRewriteFor(null)).toBeNull();
  });

  it('is refused before a test authenticated, then sent with the tested route', async () => {
    let test: SshTest | null = null;
    const { f, s } = await loaded({}, {}, {
      'network.sshKey': (req) => ssh({ test: req.test ? test : null }),
      'network.gitSetup': (req) => git({ insteadOf: req.insteadOf ? [`url.${req.insteadOf.base}.insteadof ${req.insteadOf.prefix}`] : [] }),
    });
    expect(await s.getState().rewriteToSsh(target)).toBe(false);
    expect(f.calls).toEqual([]);
    test = authed('ssh.github.com:443');
    await s.getState().testSsh(target);
    expect(await s.getState().rewriteToSsh(target)).toBe(true);
    expect(f.calls[1]).toEqual({
      channel: 'network.gitSetup',
      request: { taskId: 'gitssh-rewrite-4', target: net, installIfMissing: false, insteadOf: { base: 'ssh://git@ssh.github.com:443/', prefix: 'https://github.com/' } },
    });
    expect(hasRewrite(s.getState().git, { base: 'ssh://git@ssh.github.com:443/', prefix: 'https://github.com/' })).toBe(true);
    expect(hasRewrite(s.getState().git, { base: 'git@github.com:', prefix: 'https://github.com/' })).toBe(false);
  });
});

describe('the service to test', () => {
  it('GitHub by default; the choice goes with the test request, drops a verdict about another service, and outlives a change of distro', async () => {
    const { f, s } = await loaded({}, {}, { 'network.sshKey': (req) => ssh({ test: req.test ? authed('gitee.com:22', req.service) : null }) });
    expect(s.getState().service).toBe('github');
    s.getState().setService('gitee');
    expect(await s.getState().testSsh(target)).toBe(true);
    expect(f.calls[0]).toEqual({ channel: 'network.sshKey', request: { taskId: 'gitssh-test-3', target: net, generate: false, test: true, service: 'gitee' } });
    expect(s.getState().test).toMatchObject({ service: 'gitee', status: 'authenticated' });
    s.getState().setService('gitee');
    expect(s.getState().test).not.toBeNull();
    s.getState().setService('gitlab');
    expect(s.getState()).toMatchObject({ service: 'gitlab', test: null });
    await s.getState().probe({ distro: 'Debian', user: 'mei' });
    expect(s.getState().service).toBe('gitlab');
  });

  it('cannot change while an action runs', async () => {
    const answer = deferred<Ssh>();
    const { s } = await loaded({}, {}, { 'network.sshKey': (req) => (req.test ? answer.promise : ssh()) });
    const p = s.getState().testSsh(target);
    s.getState().setService('gitee');
    expect(s.getState().service).toBe('github');
    answer.resolve(ssh({ test: authed('github.com:22') }));
    await p;
    expect(s.getState().test).toMatchObject({ service: 'github' });
  });
});

describe('helpers', () => {
  it('identityProblems and keyCommentFor follow the shared validators', () => {
    expect(identityProblems('Mei', 'mei@example.com')).toEqual({ name: null, email: null });
    expect(identityProblems(' Mei', 'mei@example.com').name).toBe('invalid');
    expect(keyCommentFor('mei@example.com')).toBe('mei@example.com');
    expect(keyCommentFor('mei chen@example.com')).toBeNull();
    expect(keyCommentFor(null)).toBeNull();
    expect(keyCommentFor('')).toBeNull();
  });
});
