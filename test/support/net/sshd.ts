import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refusedPort } from './servers';

/**
 * A real OpenSSH server on 127.0.0.1 that answers like a git host: every
 * login runs a forced command that prints the host's greeting on stderr and
 * exits 1, as GitHub, Gitee and GitLab do. Only keys in `authorize()` get in.
 * Logins go to root (the only account sure to exist here), so the SSH test
 * is pointed at it with `user: 'root'`.
 *
 * The client side gets its key from an ssh-agent (`agentSocket`): ssh looks
 * for ~/.ssh keys in the passwd home, not $HOME, so a sandboxed $HOME alone
 * would not be used.
 */
export interface LocalSshd {
  readonly port: number;
  readonly agentSocket: string;
  /** Let only this public key line in. */
  authorize(publicKey: string): void;
  /** The keys the client offers: the agent holds exactly these private keys. */
  offer(privateKeyFile: string): void;
  /** Restart with a new host key, as a server that was replaced (or intercepted) would present. */
  newHostKey(): Promise<void>;
  /** The server's current public host key ("ssh-ed25519 AAAA…"), for the test to pin. */
  hostKey(): string;
  close(): Promise<void>;
}

/** Why a local sshd cannot run here, or null. */
export function localSshdMissing(): string | null {
  if (process.getuid?.() !== 0) return 'needs root (sshd logs users in as themselves)';
  if (!existsSync('/usr/sbin/sshd')) return 'openssh-server is not installed';
  if (spawnSync('ssh-agent', ['-h']).error) return 'ssh-agent is not installed';
  return null;
}

export async function startLocalSshd(greeting: string): Promise<LocalSshd> {
  const dir = mkdtempSync(join(tmpdir(), 'gws-sshd-'));
  chmodSync(dir, 0o755);
  // sshd's privilege separation directory; the package creates it only at boot.
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const port = await refusedPort();
  const greet = join(dir, 'greet.sh');
  writeFileSync(greet, `#!/bin/sh\nprintf '%s\\n' '${greeting.replace(/'/g, `'\\''`)}' >&2\nexit 1\n`, { mode: 0o755 });
  writeFileSync(join(dir, 'authorized_keys'), '', { mode: 0o600 });
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_ed25519')}`,
      'PidFile none',
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      `ForceCommand ${greet}`,
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );

  const agentSocket = join(dir, 'agent.sock');
  const agent = spawnSync('ssh-agent', ['-a', agentSocket, '-s'], { encoding: 'utf8' });
  const agentPid = Number(/SSH_AGENT_PID=(\d+)/.exec(agent.stdout)?.[1]);
  if (!agentPid) throw new Error(`ssh-agent did not start: ${agent.stderr}`);

  let sshd: ChildProcess | null = null;
  let log = '';
  const start = async () => {
    rmSync(join(dir, 'host_ed25519'), { force: true });
    rmSync(join(dir, 'host_ed25519.pub'), { force: true });
    run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_ed25519')]);
    const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    sshd = child;
    await waitForPort(port, () => (child.exitCode !== null ? `sshd exited ${child.exitCode}: ${log}` : null));
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      const child = sshd;
      sshd = null;
      if (!child || child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  await start();

  return {
    port,
    agentSocket,
    authorize(publicKey) {
      writeFileSync(join(dir, 'authorized_keys'), `${publicKey.trim()}\n`);
    },
    offer(privateKeyFile) {
      // -D exits 1 when the agent holds nothing: not an error here.
      spawnSync('ssh-add', ['-q', '-D'], { env: { ...process.env, SSH_AUTH_SOCK: agentSocket } });
      run('ssh-add', ['-q', privateKeyFile], { SSH_AUTH_SOCK: agentSocket });
    },
    hostKey() {
      return readFileSync(join(dir, 'host_ed25519.pub'), 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
    },
    async newHostKey() {
      await stop();
      await start();
    },
    async close() {
      await stop();
      try {
        process.kill(agentPid);
      } catch {
        /* already gone */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.error?.message}`);
}

async function waitForPort(port: number, failed: () => string | null): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const why = failed();
    if (why) throw new Error(why);
    const open = await new Promise<boolean>((resolve) => {
      const c = createConnection({ host: '127.0.0.1', port }, () => {
        c.destroy();
        resolve(true);
      });
      c.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`sshd did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
