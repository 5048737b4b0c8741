import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import { loadDistroScript } from '../../../src-main/distro-scripts';
import { scriptRunner, type RunCommand } from '../../../src-main/distro-scripts/run';
import { BackupStore } from '../../../src-main/files';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import type { Host, RunResult } from '../../../src-main/host/types';
import { DistroService, distroScripts } from '../../../src-main/services/distro';
import { runGoScript } from '../../../src-main/services/go/go-script';

/**
 * The one rule of the one runner: a script that ran and exited comes back as
 * data, its exit code with the meaning SCRIPT_EXITS gives it; the service
 * decides. Real scripts under bash through the local-Linux host, a sandbox
 * root standing in for the distro's "/".
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-runner-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
let n = 0;
const sandbox = () => {
  const root = path.join(work, `r${n++}`);
  fs.mkdirSync(path.join(root, 'etc'), { recursive: true });
  return root;
};
const localRun = (root: string): RunCommand => {
  const host = new LocalLinuxHost({ root });
  return (spec, options) => host.run(spec, options);
};

describe('the one distro script runner', () => {
  it('returns a non-zero exit as data with its typed meaning, and the distro service turns that meaning into CONFLICT', async () => {
    const root = sandbox();
    fs.writeFileSync(path.join(root, 'etc', 'wsl.conf'), '[boot]\nsystemd=true\n');
    const runner = scriptRunner(localRun(root));
    // The app previewed "no file", but one is there: the script refuses with exit 20.
    const r = await runner.run(distroScripts.wslconfWrite('Ubuntu', 'write', null, 'a'.repeat(64), 'eA=='));
    expect(r.exitCode).toBe(20);
    expect(r.exit).toBe('conflict');
    expect(r.stdout).toContain('GWS-RESULT conflict');
    expect(fs.readFileSync(path.join(root, 'etc', 'wsl.conf'), 'utf8')).toBe('[boot]\nsystemd=true\n');

    // The same exit through the caller that decides: someone edits the file between the
    // service's own check and the script's compare-and-swap; the Distro service says CONFLICT.
    const local = new LocalLinuxHost({ root });
    const racing: Host = {
      kind: local.kind,
      readOnly: false,
      processCount: 0,
      shell: () => null,
      run: (spec, options) => {
        if (spec.id === 'distro.wslconf-write') fs.writeFileSync(path.join(root, 'etc', 'wsl.conf'), '[boot]\nsystemd=false\n');
        return local.run(spec, options);
      },
    };
    const svc = new DistroService({
      host: racing,
      backups: new BackupStore(path.join(work, `b${n++}`)),
      userProfileDir: work,
      exportDir: 'C:\\x',
      machine: async () => ({ windowsBuild: 22631, wslVersion: '2.3.26.0' }),
    });
    const target = { kind: 'wslconf-user', distro: 'Ubuntu', username: 'mei' } as const;
    const preview = await svc.previewConfig(target);
    const err = await svc.applyConfig(target, preview.beforeSha256, preview.afterSha256, false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('CONFLICT');
    expect(fs.readFileSync(path.join(root, 'etc', 'wsl.conf'), 'utf8')).toBe('[boot]\nsystemd=false\n');
  });

  it('hands a go-*.sh failure back as data; the Go step decides it is HOST_FAILED with the script\'s diagnosis', async () => {
    const runner = scriptRunner(localRun(sandbox()));
    const call = { id: 'go.install', script: 'go-install.sh', distro: 'sandbox', user: 'root', args: ['--tarball', '/nonexistent.tar.gz', '--sha256', 'e'.repeat(64), '--version', 'go1.22.3'], timeoutMs: 60_000 } as const;
    const r = await runner.run(call);
    expect(r.exitCode).toBe(1);
    expect(r.exit).toBe('failed');
    const err = await runGoScript(runner, { ...call, mutates: true, title: 't' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('HOST_FAILED');
    expect((err as ApiError).details).toMatchObject({ exitCode: 1 });
    expect((err as ApiError).details).toMatchObject({ catalogId: expect.stringMatching(/^GO_/) });
  });

  it('names a code the script does not document "other"', async () => {
    const runner = scriptRunner(localRun(sandbox()), (name) => (name === 'net-dns.sh' ? '#!/usr/bin/env bash\necho partial\nexit 42\n' : loadDistroScript(name)));
    const r = await runner.run({ id: 't', script: 'net-dns.sh', distro: 'x', user: 'root', args: [], timeoutMs: 10_000 });
    expect([r.exitCode, r.exit, r.stdout]).toEqual([42, 'other', 'partial\n']);
  });

  it('throws only for runs that did not end by themselves: cancelled task, timeout, never started', async () => {
    const sleepy = (name: string) => (name === 'net-dns.sh' ? '#!/usr/bin/env bash\nsleep 30\n' : loadDistroScript(name));
    const runner = scriptRunner(localRun(sandbox()), sleepy);
    const call = { id: 't', script: 'net-dns.sh', distro: 'x', user: 'root', args: [], timeoutMs: 20_000 } as const;

    const task = new AbortController();
    setTimeout(() => task.abort(), 100);
    await expect(runner.run(call, { signal: task.signal })).rejects.toMatchObject({ code: 'CANCELLED' });

    await expect(runner.run({ ...call, timeoutMs: 150 })).rejects.toMatchObject({ code: 'TIMEOUT' });

    // The caller's own stop (a race that has its answer) is data, not an error.
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 100);
    const stopped = await runner.run(call, { signal: new AbortController().signal, stop: stop.signal });
    expect([stopped.exit, stopped.exitCode]).toEqual(['stopped', null]);

    const neverRan: RunCommand = async (spec) => ({ ...fakeResult(spec.id), exitCode: null, signal: 'ENOENT' });
    await expect(scriptRunner(neverRan).run(call)).rejects.toMatchObject({ code: 'HOST_FAILED' });
  });

  it('removes secrets and URL credentials from what it hands back and shows live', async () => {
    const echo = (name: string) => (name === 'net-dns.sh' ? '#!/usr/bin/env bash\necho "proxy http://bob:hunter2@10.0.0.1:8080/ pass hunter2"\nexit 1\n' : loadDistroScript(name));
    const live: string[] = [];
    const raw: string[] = [];
    const r = await scriptRunner(localRun(sandbox()), echo).run(
      { id: 't', script: 'net-dns.sh', distro: 'x', user: 'root', args: [], timeoutMs: 10_000 },
      { secrets: ['hunter2'], onOutput: (_s, t) => live.push(t), onStdout: (t) => raw.push(t) },
    );
    expect(r.exit).toBe('failed');
    expect(r.stdout).not.toContain('hunter2');
    expect(live.join('')).not.toContain('hunter2');
    expect(live.join('')).toContain('10.0.0.1:8080');
    // Parsers that follow the run get the bytes as written.
    expect(raw.join('')).toContain('hunter2');
  });
});

function fakeResult(id: string): RunResult {
  return { id, argv: [], exitCode: 0, signal: null, stdout: '', stderr: '', stdoutBytes: new Uint8Array(), stderrBytes: new Uint8Array(), encoding: { stdout: 'utf8', stderr: 'utf8' }, timedOut: false, cancelled: false, durationMs: 0 };
}
