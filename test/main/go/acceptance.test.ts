import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoProgress } from '../../../src-main/services/go/deps';
import { debianGoAvailable, debianGoTarball, type GoTarball } from '../../support/go-fixture';
import { serviceRig } from '../../support/go-service-fixture';
import { freshShellsUnavailable, makeSandbox, type Sandbox } from '../../support/sandbox';

/**
 * The acceptance test (runs in CI): Debian's go1.19 GOROOT packed as an
 * official-layout tarball, served with a release list from 127.0.0.1, installed
 * into a sandbox root by the real service and scripts, then `go version` and
 * `go run` of a hello-world module in fresh login and interactive shells.
 */
const missing = debianGoAvailable() ?? freshShellsUnavailable();
if (missing) console.log(`skipping the Go acceptance test: ${missing}`);

describe.skipIf(missing !== null)('install Go for real and run it in fresh shells', () => {
  let tarball: GoTarball;
  let sb: Sandbox;
  beforeAll(async () => {
    tarball = await debianGoTarball();
    sb = makeSandbox();
  }, 120_000);
  afterAll(() => sb?.cleanup());

  it('installs from the fastest healthy mirror, verified, and go run works in every shell', async () => {
    const rig = await serviceRig({
      root: sb.root,
      tarball,
      mirrors: [{ id: 'dead', fault: { kind: 'status', status: 500 } }, { id: 'far', latencyMs: 150 }, { id: 'near' }],
    });
    try {
      const distro = { name: 'sandbox', user: 'tester' };
      const releases = await rig.service.releases({ arch: 'amd64', includeUnstable: false });
      expect(releases.latestStable).toBe(tarball.version);

      const progress: GoProgress[] = [];
      const result = await rig.service.install({ taskId: 't1', distro, clean: [], confirmGopath: false }, { onProgress: (p) => progress.push(p) });
      expect(result).toMatchObject({ version: tarball.version, goroot: '/usr/local/go', sha256: tarball.sha256, mirror: 'near' });
      const phases = [...new Set(progress.map((p) => p.phase))];
      expect(phases).toEqual(expect.arrayContaining(['detect', 'releases', 'probe', 'download', 'install.extract', 'install.swap', 'path', 'done']));
      expect(progress.filter((p) => p.phase === 'download').at(-1)?.done).toBe(tarball.size);
      expect(sb.read('usr/local/go/VERSION').startsWith(tarball.version)).toBe(true);

      const v = await rig.service.verifyShells({ distro, hello: true, expectedVersion: tarball.version });
      expect(v.shells.map((s) => s.shell)).toEqual(expect.arrayContaining(['bash-login', 'bash-interactive']));
      for (const s of v.shells) {
        expect(s, s.shell).toMatchObject({ goPath: '/usr/local/go/bin/go', version: tarball.version, goroot: '/usr/local/go', gobinOnPath: true });
        expect(s.hello, s.shell).toEqual({ exitCode: 0, output: 'hello from go-wsl-setup' });
      }
      expect(v.ok).toBe(true);

      // Reinstall over our own install: same result, blocks unchanged, nothing left behind.
      const again = await rig.service.install({ taskId: 't2', distro, clean: [], confirmGopath: false });
      expect(again.mirror).toBe('cache');
      expect(again.files.every((f) => f.state === 'unchanged')).toBe(true);

      const un = await rig.service.uninstall({ distro });
      expect(un.removed.map((r) => r.what)).toEqual(expect.arrayContaining(['goroot', 'file', 'block']));
      expect(sb.exists('usr/local/go')).toBe(false);
    } finally {
      await rig.close();
    }
  }, 170_000);
});
