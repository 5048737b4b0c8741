import { ApiError } from '../../../src-shared/contract';
import type { z } from 'zod';
import type { DistroTarget, GitSetupResult, SshKeyResult } from '../../../src-shared/contract/network';
import { parseSshTest, sshFinding, SSH_SERVICES, type SshService } from '../../../src-shared/network/git';
import { runNetScript, tagged, type RunContext } from './command';

export interface GitSetupInput {
  readonly name?: string;
  readonly email?: string;
  readonly installIfMissing: boolean;
  readonly insteadOf?: { readonly base: string; readonly prefix: string };
}

const APT_LOCK = /Could not get lock|Unable to acquire the dpkg frontend lock|dpkg frontend lock/;

/** apt's answer when another apt/dpkg (often unattended-upgrades) holds the lock. */
export function aptFinding(text: string): 'APT_LOCKED' | null {
  return APT_LOCK.test(text) ? 'APT_LOCKED' : null;
}

export async function gitSetup(ctx: RunContext, target: DistroTarget, input: GitSetupInput): Promise<z.infer<typeof GitSetupResult>> {
  const findings: string[] = [];
  let installed = false;
  if (input.installIfMissing) {
    const inst = await runNetScript(ctx, { id: 'net.git-install', target, asRoot: true, script: 'net-git.sh', args: ['install'], timeoutMs: 660_000, mutates: true, title: 'apt-get install git' });
    installed = tagged(inst.stdout, 'INSTALLED').length > 0;
    const aptErr = tagged(inst.stdout, 'APT_ERR').join('\n');
    const apt = aptFinding(aptErr);
    if (apt) findings.push(apt);
  }
  const out = await runNetScript(ctx, {
    id: 'net.git-config',
    target,
    script: 'net-git.sh',
    args: ['config', input.name ?? '', input.email ?? '', input.insteadOf?.base ?? '', input.insteadOf?.prefix ?? ''],
    timeoutMs: 30_000,
    // Only a name, email or rewrite changes anything; without them the call just reads (and works in a read-only replay).
    mutates: Boolean(input.name || input.email || input.insteadOf),
    title: 'git config',
  });
  const version = tagged(out.stdout, 'GIT_VERSION')[0] ?? '';
  if (!version) findings.push('GIT_MISSING');
  const value = (tag: string) => {
    const v = tagged(out.stdout, tag)[0];
    return v ? v : null;
  };
  return { gitVersion: version || null, installed, name: value('GIT_NAME'), email: value('GIT_EMAIL'), insteadOf: tagged(out.stdout, 'INSTEADOF'), findings: [...new Set(findings)] };
}

export interface SshHosts {
  readonly host: string;
  readonly port: number;
  /** The service's SSH on port 443, for networks that block 22; null where the service has none. */
  readonly fallbackHost: string | null;
  readonly fallbackPort: number | null;
  readonly timeoutS: number;
  /** The login: git for every service; tests against a local sshd use an account that exists there. */
  readonly user?: string;
}

/** Where the SSH test signs in for each service (src-shared/network/git.ts names them). */
export function sshHostsFor(service: SshService): SshHosts {
  const s = SSH_SERVICES[service];
  return { host: s.host, port: s.port, fallbackHost: s.fallback?.host ?? null, fallbackPort: s.fallback?.port ?? null, timeoutS: 10 };
}

export async function sshKey(
  ctx: RunContext,
  target: DistroTarget,
  input: { generate: boolean; comment?: string; test: boolean; service?: SshService },
  /** Tests point the SSH test at loopback; otherwise the chosen service's hosts. */
  hostsOverride?: SshHosts,
): Promise<z.infer<typeof SshKeyResult>> {
  const key = await runNetScript(ctx, {
    id: 'net.ssh-key',
    target,
    script: 'net-ssh.sh',
    // Without `generate` the script only shows an existing key: an empty comment and a key that exists.
    args: input.generate ? ['key', input.comment ?? ''] : ['show'],
    timeoutMs: 30_000,
    mutates: input.generate,
    title: 'SSH key',
  });
  const keyError = tagged(key.stdout, 'ERROR')[0];
  // ssh-keygen failing (no ssh client, a full disk) is an error to show, not "no key".
  if (keyError !== undefined) throw new ApiError('HOST_FAILED', `creating the SSH key failed: ${keyError}`.slice(0, 500));
  let test: z.infer<typeof SshKeyResult>['test'] = null;
  if (input.test) {
    const service = input.service ?? 'github';
    const hosts = hostsOverride ?? sshHostsFor(service);
    const t = await runNetScript(ctx, {
      id: 'net.ssh-test',
      target,
      script: 'net-ssh.sh',
      args: ['test', hosts.host, String(hosts.port), hosts.fallbackHost ?? '', hosts.fallbackPort === null ? '' : String(hosts.fallbackPort), String(hosts.timeoutS), hosts.user ?? 'git'],
      timeoutMs: (hosts.timeoutS + 10) * 2 * 1000,
      title: `ssh -T ${hosts.user ?? 'git'}@${hosts.host}`,
    });
    // Judge by the last attempt: the fallback's answer when port 22 failed.
    const tries = t.stdout.split(/^SSH_TRY /m).slice(1);
    const last = tries[tries.length - 1] ?? '';
    const parsed = parseSshTest(last);
    const via = /^(\S+) (\d+)/.exec(last);
    test = { service, status: parsed.status, account: parsed.account, via: via ? `${via[1]}:${via[2]}` : null, finding: sshFinding(parsed.status) };
  }
  return {
    publicKey: tagged(key.stdout, 'PUBKEY')[0] ?? null,
    fingerprint: tagged(key.stdout, 'FINGERPRINT')[0] ?? null,
    created: tagged(key.stdout, 'CREATED').length > 0,
    test,
  };
}
