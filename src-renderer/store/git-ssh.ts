import type { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { GitSetupResult, SshKeyResult } from '../../src-shared/contract/network';
import { SSH_SERVICES, validEmail, validGitName, validKeyComment, validUrlPrefix, type SshService } from '../../src-shared/network/git';
import { failureOf, type Failure } from '../components/findings/failure';
import type { DistroTargetChoice } from './distro';

type Git = z.infer<typeof GitSetupResult>;
export type SshTest = NonNullable<z.infer<typeof SshKeyResult>['test']>;
export type GitSshBusy = 'probe' | 'install' | 'identity' | 'rewrite' | 'keygen' | 'test' | null;
export type FieldProblem = 'empty' | 'invalid' | null;
export interface IdentityProblems {
  readonly name: FieldProblem;
  readonly email: FieldProblem;
}
/** The key as main showed it (the test's answer lives apart: it is only there after a test). */
export interface SshKeyShown {
  readonly publicKey: string | null;
  readonly fingerprint: string | null;
  readonly created: boolean;
}
export interface UrlRewrite {
  readonly base: string;
  readonly prefix: string;
}

/**
 * The optional git and SSH part of the Network step. Reads (git version and
 * settings, an existing key) may start by themselves; installing git,
 * writing git config and creating a key only ever run from a button.
 */
export interface GitSshState {
  /** The distro/user the shown results belong to. */
  loadedFor: string | null;
  busy: GitSshBusy;
  /** Set only while a task that may be cancelled runs (the reads and the SSH test). */
  taskId: string | null;
  git: Git | null;
  sshKey: SshKeyShown | null;
  /** Where the SSH test signs in (and what the rewrite is for). */
  service: SshService;
  test: SshTest | null;
  /** The identity fields as typed (prefilled from git config until the user types). */
  name: string;
  email: string;
  typed: boolean;
  problems: IdentityProblems;
  /** The identity was written in this session (for the confirmation line). */
  saved: boolean;
  /** "Create" ran but no key came back (ssh-keygen missing or failing in the distro). */
  keyNotCreated: boolean;
  error: Failure | null;
  failedAction: Exclude<GitSshBusy, null> | null;
  /** Read git's version and settings and the existing key: changes nothing. A new target forgets the old one's results. */
  probe(target: DistroTargetChoice): Promise<void>;
  setName(name: string): void;
  setEmail(email: string): void;
  installGit(target: DistroTargetChoice): Promise<boolean>;
  /** Validate with the contract's own checks; only valid values are sent. */
  saveIdentity(target: DistroTargetChoice): Promise<boolean>;
  /** Choose the service to test; a verdict about another service is dropped. */
  setService(service: SshService): void;
  /** Let git fetch the tested service's https:// addresses over the SSH route the last test proved. */
  rewriteToSsh(target: DistroTargetChoice): Promise<boolean>;
  createKey(target: DistroTargetChoice): Promise<boolean>;
  testSsh(target: DistroTargetChoice): Promise<boolean>;
}

export const gitSshKeyOf = (t: DistroTargetChoice) => `${t.distro}/${t.user}`;
const netTarget = (t: DistroTargetChoice) => ({ distro: t.distro, user: t.user });

/** What is wrong with a name/email pair, using the validators the contract applies at the bridge. */
export function identityProblems(name: string, email: string): IdentityProblems {
  return {
    name: name === '' ? 'empty' : validGitName(name) ? null : 'invalid',
    email: email === '' ? 'empty' : validEmail(email) ? null : 'invalid',
  };
}

/** The key's comment: the git email when ssh-keygen's comment rules allow it (GitHub's docs do the same). */
export function keyCommentFor(email: string | null | undefined): string | null {
  return email && validKeyComment(email) ? email : null;
}

/**
 * The insteadOf rule for the route the SSH test authenticated through.
 * Port 22 gives the usual `git@github.com:`; when only the service's port-443
 * host worked, git must use that too, or the rewrite would break fetches.
 */
export function sshRewriteFor(test: SshTest | null): UrlRewrite | null {
  if (test?.status !== 'authenticated' || !test.via) return null;
  const m = /^([A-Za-z0-9.-]+):(\d{1,5})$/.exec(test.via);
  if (!m) return null;
  const [, host = '', port = ''] = m;
  const service = SSH_SERVICES[test.service];
  // Only the service's own SSH hosts: a test aimed elsewhere (tests, a future setting) gives no rule.
  if (host !== service.host && host !== service.fallback?.host) return null;
  const base = port === '22' ? `git@${host}:` : `ssh://git@${host}:${port}/`;
  return validUrlPrefix(base) ? { base, prefix: service.https } : null;
}

/** The rule as `git config --get-regexp` prints it (section and key lower-cased, the URL as written). */
export function rewriteLine(r: UrlRewrite): string {
  return `url.${r.base}.insteadof ${r.prefix}`;
}

export function hasRewrite(git: Git | null, r: UrlRewrite): boolean {
  const line = rewriteLine(r).toLowerCase();
  return git?.insteadOf.some((l) => l.toLowerCase() === line) ?? false;
}

const NO_PROBLEMS: IdentityProblems = { name: null, email: null };
const FRESH = {
  git: null,
  sshKey: null,
  test: null,
  name: '',
  email: '',
  typed: false,
  problems: NO_PROBLEMS,
  saved: false,
  keyNotCreated: false,
  error: null,
  failedAction: null,
} as const;

export function createGitSshStore(api: Api): StoreApi<GitSshState> {
  let n = 0;
  return createStore<GitSshState>()((set, get) => {
    // Prefill the fields from git config, never over what the user typed.
    const takeGit = (git: Git) => set(get().typed ? { git } : { git, name: git.name ?? '', email: git.email ?? '' });
    const takeKey = (r: SshKeyShown) => set({ sshKey: { publicKey: r.publicKey, fingerprint: r.fingerprint, created: r.created } });

    /**
     * One action: busy/error/taskId kept in step. Actions act on what is
     * shown, so a target other than the one loaded is refused.
     */
    const act = async <T>(action: Exclude<GitSshBusy, null>, target: DistroTargetChoice, work: (taskId: string) => Promise<T>, apply: (r: T) => void, cancellable: boolean): Promise<boolean> => {
      if (get().busy !== null || get().loadedFor !== gitSshKeyOf(target)) return false;
      const taskId = `gitssh-${action}-${++n}`;
      set({ busy: action, taskId: cancellable ? taskId : null, error: null, failedAction: null });
      try {
        apply(await work(taskId));
        return true;
      } catch (e) {
        set({ error: failureOf(e), failedAction: action });
        return false;
      } finally {
        set({ busy: null, taskId: null });
      }
    };

    return {
      loadedFor: null,
      busy: null,
      taskId: null,
      // The user's choice outlives a change of distro: it is about them, not the distro.
      service: 'github',
      ...FRESH,
      async probe(target) {
        if (get().busy !== null) return;
        const k = gitSshKeyOf(target);
        if (get().loadedFor !== k) set({ ...FRESH, loadedFor: k });
        set({ busy: 'probe', error: null, failedAction: null });
        // Two reads, each on its own: a git read that fails (e.g. a read-only replay) must not hide the key.
        let failure: unknown = null;
        try {
          const taskId = `gitssh-probe-${++n}`;
          set({ taskId });
          takeGit(await api.invoke('network.gitSetup', { taskId, target: netTarget(target), installIfMissing: false }));
        } catch (e) {
          failure = e;
        }
        try {
          const taskId = `gitssh-probe-${++n}`;
          set({ taskId });
          takeKey(await api.invoke('network.sshKey', { taskId, target: netTarget(target), generate: false, test: false }));
        } catch (e) {
          failure ??= e;
        }
        set({ busy: null, taskId: null, ...(failure !== null ? { error: failureOf(failure), failedAction: 'probe' as const } : {}) });
      },
      setName: (name) => set({ name, typed: true, saved: false, problems: { ...get().problems, name: null } }),
      setEmail: (email) => set({ email, typed: true, saved: false, problems: { ...get().problems, email: null } }),
      installGit(target) {
        // Not cancellable: killing apt-get mid-install can leave dpkg half-configured,
        // which a beginner cannot repair; main bounds the run with its own timeout.
        return act('install', target, (taskId) => api.invoke('network.gitSetup', { taskId, target: netTarget(target), installIfMissing: true }), takeGit, false);
      },
      async saveIdentity(target) {
        if (get().busy !== null || !get().git?.gitVersion) return false;
        // Spaces around a typed name are a slip, not part of it: trim, then check what would be sent.
        const name = get().name.trim();
        const email = get().email.trim();
        const problems = identityProblems(name, email);
        set({ problems, saved: false });
        if (problems.name !== null || problems.email !== null) return false;
        return act(
          'identity',
          target,
          (taskId) => api.invoke('network.gitSetup', { taskId, target: netTarget(target), name, email, installIfMissing: false }),
          (git) => set({ git, name: git.name ?? name, email: git.email ?? email, typed: false, saved: true }),
          false,
        );
      },
      setService(service) {
        if (get().busy !== null || get().service === service) return;
        set({ service, test: null });
      },
      async rewriteToSsh(target) {
        const insteadOf = sshRewriteFor(get().test);
        if (insteadOf === null || !get().git?.gitVersion) return false;
        return act('rewrite', target, (taskId) => api.invoke('network.gitSetup', { taskId, target: netTarget(target), installIfMissing: false, insteadOf }), takeGit, false);
      },
      async createKey(target) {
        if (get().sshKey?.publicKey) return false;
        const comment = keyCommentFor(get().git?.email);
        // Not cancellable: a killed ssh-keygen can leave a private key without its .pub, which the script then never replaces.
        return act(
          'keygen',
          target,
          (taskId) => api.invoke('network.sshKey', { taskId, target: netTarget(target), generate: true, test: false, ...(comment !== null ? { comment } : {}) }),
          (r) => {
            takeKey(r);
            set({ keyNotCreated: r.publicKey === null });
          },
          false,
        );
      },
      testSsh(target) {
        return act(
          'test',
          target,
          (taskId) => api.invoke('network.sshKey', { taskId, target: netTarget(target), generate: false, test: true, service: get().service }),
          (r) => {
            takeKey(r);
            set({ test: r.test });
          },
          true,
        );
      },
    };
  });
}
