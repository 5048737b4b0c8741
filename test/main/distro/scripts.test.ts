import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDistroScript } from '../../../src-main/distro-scripts';
import { scriptSpec } from '../../../src-main/distro-scripts/run';
import { BackupStore } from '../../../src-main/files';
import { CompositeHost } from '../../../src-main/host/composite-host';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { runProcess } from '../../../src-main/host/runner';
import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from '../../../src-main/host/types';
import { distroScripts, DistroService } from '../../../src-main/services/distro';
import { FakeHost } from './fake-host';

/**
 * The distro-side scripts run for real under bash, with exactly the stdin and
 * argv the service builds (script text, then the payload line).
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'gws-distro-scripts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const d = path.join(work, `d${n++}`);
  mkdirSync(d, { recursive: true });
  return d;
};

const HOSTILE_PASSWORDS = [
  `p$(touch ${work}/PWNED)x`,
  '`touch /tmp/gws-pwned`',
  `'; touch ${work}/PWNED2; echo '`,
  '"$(id)" && reboot',
  '$env:USERPROFILE; Remove-Item -Recurse C:\\',
  '@(1,2) | % { $_ }',
  '-rf --help',
  'a:b:c',
  'Grüße 密码 пароль 😀',
  '\\n\\t\\\\',
  'x'.repeat(256),
];

function serviceWith(host: Host, dir: string) {
  return new DistroService({
    host,
    backups: new BackupStore(path.join(dir, 'backups')),
    scripts: (name) => loadDistroScript(name),
    userProfileDir: dir,
    exportDir: 'C:\\backups',
    machine: async () => ({ windowsBuild: 22631, wslVersion: '2.3.26.0' }),
  });
}

describe('distro-create-user.sh with recording stand-ins for useradd/chpasswd', () => {
  function stubs() {
    const dir = fresh();
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    for (const tool of ['useradd', 'userdel']) {
      writeFileSync(path.join(bin, tool), `#!/bin/bash\nprintf '%s\\0' "${tool}" "$@" >> "${dir}/argv"\n`);
    }
    writeFileSync(path.join(bin, 'chpasswd'), `#!/bin/bash\nprintf '%s\\0' chpasswd "$@" >> "${dir}/argv"\ncat >> "${dir}/chpasswd.stdin"\n`);
    for (const t of ['useradd', 'userdel', 'chpasswd']) chmodSync(path.join(bin, t), 0o755);
    const host = new CompositeHost(new FakeHost(() => ({})), new LocalLinuxHost({ root: '', env: { PATH: `${bin}:/usr/sbin:/usr/bin:/bin` } }));
    return { dir, host };
  }

  it.each(HOSTILE_PASSWORDS)('password %j reaches chpasswd byte for byte on stdin and never an argv', async (pw) => {
    const { dir, host } = stubs();
    const r = await serviceWith(host, dir).createUser('Ubuntu-24.04', 'gopher', pw);
    expect(r.status).toBe('created');
    expect(readFileSync(path.join(dir, 'chpasswd.stdin'), 'utf8')).toBe(`gopher:${pw}\n`);
    const argv = readFileSync(path.join(dir, 'argv'), 'utf8').split('\0');
    expect(argv).toContain('gopher');
    for (const a of argv) expect(a.includes(pw)).toBe(false);
    expect(existsSync(path.join(work, 'PWNED'))).toBe(false);
    expect(existsSync(path.join(work, 'PWNED2'))).toBe(false);
  });

  it.each(['root', 'Root', '$(id)', 'a b', '-o', 'x'.repeat(33), 'gopher\nroot', 'ü'])('the script itself refuses user name %j (exit 2, useradd never runs)', async (name) => {
    const { dir, host } = stubs();
    const r = await host.run(scriptSpec(distroScripts.createUser('Ubuntu-24.04', name, 'secret-pw')));
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toContain('GWS-RESULT invalid-username');
    expect(existsSync(path.join(dir, 'argv'))).toBe(false);
  });

  it('refuses a sandbox root (chpasswd has no --prefix) instead of touching the real /etc', async () => {
    const host = new LocalLinuxHost({ root: fresh() });
    const r = await host.run(scriptSpec(distroScripts.createUser('X', 'gopher', 'pw-123456')));
    expect(r.exitCode).toBe(8);
  });

  it('an empty payload (no password line) is refused, not executed', async () => {
    const { dir, host } = stubs();
    const spec = scriptSpec(distroScripts.createUser('X', 'gopher', 'pw'));
    const r = await host.run({ ...spec, stdin: loadDistroScript('distro-create-user.sh') });
    expect(r.exitCode).toBe(4);
    expect(existsSync(path.join(dir, 'argv'))).toBe(false);
  });
});

/** Runs distro scripts as root inside a private mount namespace whose /etc and /home are throw-away copies. */
class NamespaceHost implements Host {
  readonly kind = 'local-linux' as const;
  readonly readOnly = false;
  processCount = 0;
  constructor(
    private readonly etc: string,
    private readonly home: string,
  ) {}
  run(spec: CommandSpec, options: RunOptions = {}): Promise<RunResult> {
    this.processCount++;
    const argv = ['unshare', '-m', '--propagation', 'private', 'bash', '-c', 'mount --bind "$1" /etc && mount --bind "$2" /home && shift 2 && exec bash -s -- "$@"', '_', this.etc, this.home, ...(spec.distro?.args ?? [])];
    return runProcess(spec, options, { argv, baseEnv: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8' }, platform: 'linux' });
  }
  shell(): PtyLaunch | null {
    return null;
  }
}

const probe = spawnSync('unshare', ['-m', '--propagation', 'private', 'true']);
const canNamespace = probe.status === 0 && process.getuid?.() === 0 && spawnSync('perl', ['-e', '1']).status === 0;
if (!canNamespace) console.log('[skip] real useradd/chpasswd test: needs root, unshare -m and perl (the stand-in tests above cover the script logic)');

describe.skipIf(!canNamespace)('distro-create-user.sh for real (useradd + chpasswd in a private mount namespace)', () => {
  it.each(HOSTILE_PASSWORDS.slice(0, 6).concat(['Grüße 密码 пароль 😀', 'x'.repeat(256)]))('creates the user whose shadow hash verifies password %j', async (pw) => {
    const dir = fresh();
    const etc = path.join(dir, 'etc');
    const home = path.join(dir, 'home');
    cpSync('/etc', etc, { recursive: true, verbatimSymlinks: true });
    mkdirSync(home);
    const svc = serviceWith(new NamespaceHost(etc, home), dir);
    expect((await svc.createUser('Ubuntu-24.04', 'gopher', pw)).status).toBe('created');
    expect((await svc.createUser('Ubuntu-24.04', 'gopher', pw)).status).toBe('exists');
    const line = readFileSync(path.join(etc, 'shadow'), 'utf8').split('\n').find((l) => l.startsWith('gopher:')) as string;
    const hash = line.split(':')[1] as string;
    expect(hash.startsWith('$')).toBe(true);
    // Verify with libcrypt through perl, the password on perl's stdin.
    const check = spawnSync('perl', ['-e', 'my $p = <STDIN>; chomp $p; print(crypt($p, $ARGV[0]) eq $ARGV[0] ? "MATCH" : "NO")', hash], { input: `${pw}\n` });
    expect(check.stdout.toString()).toBe('MATCH');
    expect(existsSync(path.join(home, 'gopher'))).toBe(true);
    expect(readFileSync('/etc/passwd', 'utf8')).not.toMatch(/^gopher:/m);
    expect(existsSync(path.join(work, 'PWNED'))).toBe(false);
  });
});

describe('wsl.conf through the read/write scripts (sandbox root)', () => {
  function setup(initial: string | null) {
    const dir = fresh();
    const sandbox = path.join(dir, 'root');
    mkdirSync(path.join(sandbox, 'etc'), { recursive: true });
    const file = path.join(sandbox, 'etc', 'wsl.conf');
    if (initial !== null) writeFileSync(file, initial);
    const windows = new FakeHost(() => ({}));
    const host = new CompositeHost(windows, new LocalLinuxHost({ root: sandbox }));
    return { svc: serviceWith(host, dir), file, windows, host };
  }
  const target = { kind: 'wslconf' as const, distro: 'Ubuntu-24.04', choices: { systemd: true, automountMetadata: true, dns: 'wsl' as const, appendWindowsPath: 'keep' as const } };

  it('preview -> apply -> terminate (asked) -> undo gives back the exact bytes', async () => {
    const original = '# mine\r\n[automount]\r\nenabled = true   # keep\r\n[boot]\r\nsystemd=false';
    const { svc, file, windows } = setup(original);
    const p = await svc.previewConfig(target);
    expect(p.file).toBe('/etc/wsl.conf (Ubuntu-24.04)');
    expect(p.settings.map((s) => `${s.setting.key}:${s.state}`)).toEqual(['systemd:conflict', 'options:written', 'generateResolvConf:written']);
    const a = await svc.applyConfig(target, p.beforeSha256, p.afterSha256, true);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith(`${original}\r\n\r\n# >>> go-wsl-setup:config >>>`)).toBe(true);
    expect(windows.specs.map((s) => s.argv.slice(1))).toEqual([['--terminate', 'Ubuntu-24.04']]);
    expect((await svc.previewConfig(target)).changed).toBe(false);
    await svc.undoConfig(a.undoId as string, false);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('the write script itself refuses a stale hash (compare-and-swap inside the distro)', async () => {
    const { svc, file } = setup('[boot]\n');
    const p = await svc.previewConfig(target);
    writeFileSync(file, '[boot]\nsystemd=true\n');
    await expect(svc.applyConfig(target, p.beforeSha256, p.afterSha256, false)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(readFileSync(file, 'utf8')).toBe('[boot]\nsystemd=true\n');
  });

  it('creates a missing wsl.conf, sets the default user (taking over an old line), and undo removes what it created', async () => {
    const { svc, file } = setup(null);
    const p = await svc.previewConfig(target);
    expect(p.beforeSha256).toBeNull();
    const a = await svc.applyConfig(target, p.beforeSha256, p.afterSha256, false);
    expect(existsSync(file)).toBe(true);
    const userTarget = { kind: 'wslconf-user' as const, distro: 'Ubuntu-24.04', username: 'gopher' };
    writeFileSync(file, `[user]\ndefault=olduser\n${readFileSync(file, 'utf8')}`);
    const pu = await svc.previewConfig(userTarget);
    expect(pu.settings[0]?.state).toBe('taken-over');
    const au = await svc.applyConfig(userTarget, pu.beforeSha256, pu.afterSha256, false);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# go-wsl-setup(off): default=olduser\n');
    expect(text).toContain('[user]\ndefault=gopher\n# <<< go-wsl-setup:user <<<\n');
    await svc.undoConfig(au.undoId as string, false);
    expect(readFileSync(file, 'utf8')).toContain('[user]\ndefault=olduser\n');
    // The first change cannot be undone over the hand edit that followed it: refused, file kept.
    await expect(svc.undoConfig(a.undoId as string, false)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(existsSync(file)).toBe(true);
  });

  it('removes a file it created when nothing else changed since', async () => {
    const { svc, file } = setup(null);
    const p = await svc.previewConfig(target);
    const a = await svc.applyConfig(target, p.beforeSha256, p.afterSha256, false);
    await svc.undoConfig(a.undoId as string, false);
    expect(existsSync(file)).toBe(false);
  });
});
