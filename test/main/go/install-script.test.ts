import fs from 'node:fs';
import { loadDistroScript } from '../../../src-main/distro-scripts';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distroScriptSpec } from '../../../src-main/host/commands/distro';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { parseRecords } from '../../../src-shared/go/records';
import { fakeGoTarball, type GoTarball } from '../../support/go-fixture';
import { makeSandbox, type Sandbox } from '../../support/sandbox';
import { scriptRunner } from '../../support/script-host';

/** go-install.sh run for real against sandbox roots, through the LocalLinuxHost. */
let work: string;
let v1: GoTarball;
let v2: GoTarball;
let broken: GoTarball;
let extra: GoTarball;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-inst-'));
  v1 = await fakeGoTarball(work, { version: 'go1.21.0' });
  v2 = await fakeGoTarball(work, { version: 'go1.22.3' });
  broken = await fakeGoTarball(work, { version: 'go1.22.3', broken: true });
  extra = await fakeGoTarball(work, { version: 'go1.22.3', extraTopLevel: true });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function installArgs(t: GoTarball, o: { sha?: string; version?: string } = {}) {
  return ['--tarball', t.path, '--sha256', o.sha ?? t.sha256, '--version', o.version ?? t.version];
}

function leftovers(sb: Sandbox): string[] {
  return fs.readdirSync(sb.file('usr/local')).filter((n) => n.startsWith('.go-stage') || n.startsWith('.go-old'));
}

describe('go-install.sh', () => {
  it('installs into an empty root and writes the manifest', async () => {
    const sb = makeSandbox();
    try {
      const { records } = await scriptRunner(sb.root).run('go-install.sh', installArgs(v1));
      expect(records.find((r) => r.kind === 'installed')?.fields.slice(0, 2)).toEqual(['go1.21.0', '/usr/local/go']);
      expect(records.filter((r) => r.kind === 'phase').map((r) => r.fields[0])).toEqual(['recover', 'extract', 'check', 'swap', 'verify', 'manifest']);
      expect(sb.read('usr/local/go/VERSION').trim()).toBe('go1.21.0');
      expect(sb.read('var/lib/go-wsl-setup/go.manifest')).toContain('version=go1.21.0');
      expect(leftovers(sb)).toEqual([]);
    } finally {
      sb.cleanup();
    }
  });

  it('replaces an older tree without extracting over it', async () => {
    const sb = makeSandbox();
    try {
      const r = scriptRunner(sb.root);
      await r.run('go-install.sh', installArgs(v1));
      // A file only the old tree has must not survive: extraction over a tree would keep it.
      sb.write('usr/local/go/src/only-in-old.go', 'package old\n');
      await r.run('go-install.sh', installArgs(v2));
      expect(sb.read('usr/local/go/VERSION').trim()).toBe('go1.22.3');
      expect(sb.exists('usr/local/go/src/only-in-old.go')).toBe(false);
      expect(leftovers(sb)).toEqual([]);
    } finally {
      sb.cleanup();
    }
  });

  const keepsOld: Array<[string, () => string[], string]> = [
    ['checksum mismatch', () => installArgs(v2, { sha: 'f'.repeat(64) }), 'GO_TARBALL_CORRUPT'],
    ['a binary that does not run', () => installArgs(broken), 'GO_WRONG_ARCH'],
    ['a different version inside', () => installArgs(v2, { version: 'go1.23.0' }), 'GO_WRONG_VERSION'],
    ['a tarball not in the official layout', () => installArgs(extra), 'GO_TARBALL_CORRUPT'],
    ['a missing tarball', () => ['--tarball', '/nonexistent.tgz', '--sha256', v2.sha256, '--version', v2.version], 'GO_TARBALL_CORRUPT'],
    ['a tarball of another size than the list says', () => [...installArgs(v2), '--size', String(v2.size + 1)], 'GO_TARBALL_CORRUPT'],
    ['a size that is not a number', () => [...installArgs(v2), '--size', '1e9'], 'BAD_ARGS'],
  ];
  for (const [name, args, id] of keepsOld) {
    it(`refuses ${name} with ${id} and keeps the old install`, async () => {
      const sb = makeSandbox();
      try {
        const r = scriptRunner(sb.root);
        await r.run('go-install.sh', installArgs(v1));
        const res = await r.raw('go-install.sh', args());
        expect(res.exitCode).toBe(1);
        expect(parseRecords(res.stdout).find((x) => x.kind === 'error')?.fields[0]).toBe(id);
        expect(sb.read('usr/local/go/VERSION').trim()).toBe('go1.21.0');
        expect(leftovers(sb)).toEqual([]);
      } finally {
        sb.cleanup();
      }
    });
  }

  it('checks the hash with sha256sum when openssl is missing or broken, and still refuses a mismatch', async () => {
    // A PATH whose first `openssl` fails the way a broken or FIPS-locked one does.
    const bin = fs.mkdtempSync(path.join(work, 'bin-'));
    fs.writeFileSync(path.join(bin, 'openssl'), '#!/bin/sh\necho "openssl: unavailable" >&2\nexit 1\n', { mode: 0o755 });
    const sb = makeSandbox();
    try {
      const host = new LocalLinuxHost({ root: sb.root, env: { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}` } });
      const payload = loadDistroScript('go-install.sh');
      const run = (args: string[]) => host.run(distroScriptSpec('test', { name: 'sandbox', user: 'root', script: 'go-install.sh', args }, payload, { timeoutMs: 60_000 }));
      const bad = await run(installArgs(v1, { sha: 'e'.repeat(64) }));
      expect(bad.exitCode).toBe(1);
      expect(parseRecords(bad.stdout).find((x) => x.kind === 'error')?.fields[1]).toContain(`got ${v1.sha256}`);
      const good = await run([...installArgs(v1), '--size', String(v1.size)]);
      expect(good.exitCode, good.stderr).toBe(0);
      expect(sb.read('usr/local/go/VERSION').trim()).toBe('go1.21.0');
    } finally {
      sb.cleanup();
    }
  });

  it('refuses data that looks like options or code', async () => {
    const sb = makeSandbox();
    try {
      const res = await scriptRunner(sb.root).raw('go-install.sh', ['--tarball', v1.path, '--sha256', v1.sha256, '--version', 'go1.21.0; rm -rf /']);
      expect(res.exitCode).toBe(1);
      expect(parseRecords(res.stdout).find((x) => x.kind === 'error')?.fields[0]).toBe('BAD_ARGS');
      expect(sb.exists('usr/local/go')).toBe(false);
    } finally {
      sb.cleanup();
    }
  });

  it('puts the old tree back when killed between the two renames', async () => {
    const sb = makeSandbox();
    try {
      const r = scriptRunner(sb.root);
      await r.run('go-install.sh', installArgs(v1));
      // The state a kill between `mv go .go-old` and `mv stage/go go` leaves behind.
      fs.renameSync(sb.file('usr/local/go'), sb.file('usr/local/.go-old.4242'));
      fs.mkdirSync(sb.file('usr/local/.go-stage.abc/go'), { recursive: true });
      const { records } = await r.run('go-install.sh', installArgs(v2));
      expect(records.find((x) => x.kind === 'recovered')?.fields[0]).toBe('restored-old');
      expect(sb.read('usr/local/go/VERSION').trim()).toBe('go1.22.3');
      expect(leftovers(sb)).toEqual([]);
    } finally {
      sb.cleanup();
    }
  });

  it('removes the old tree when killed after the swap but before the cleanup', async () => {
    const sb = makeSandbox();
    try {
      const r = scriptRunner(sb.root);
      await r.run('go-install.sh', installArgs(v1));
      fs.cpSync(sb.file('usr/local/go'), sb.file('usr/local/.go-old.77'), { recursive: true });
      const { records } = await r.run('go-install.sh', installArgs(v2));
      expect(records.find((x) => x.kind === 'recovered')?.fields[0]).toBe('removed-old');
      expect(leftovers(sb)).toEqual([]);
    } finally {
      sb.cleanup();
    }
  });
});
