import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { GoService } from '../../../src-main/services/go/go-service';
import type { RunCommand } from '../../../src-main/distro-scripts/run';
import { ApiError } from '../../../src-shared/contract';
import { fakeGoTarball, type GoTarball } from '../../support/go-fixture';
import { serviceRig } from '../../support/go-service-fixture';
import { makeSandbox } from '../../support/sandbox';
import { scriptRunner } from '../../support/script-host';

/**
 * Every fault, through the whole service: it ends in a verified install (by
 * resume or another mirror) or in a diagnosed error with nothing installed and
 * the old install untouched.
 */
let work: string;
let oldGo: GoTarball;
let newGo: GoTarball;
beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-svc-'));
  oldGo = await fakeGoTarball(work, { version: 'go1.20.0' });
  newGo = await fakeGoTarball(work, { version: 'go1.22.3', padBytes: 512 * 1024 });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const distro = (home: string) => ({ name: 'sandbox', user: 'tester', home });

describe('GoService.install under faults', () => {
  const cases = [
    { name: 'hang + HTTP 500 + truncated body, then a healthy mirror', faults: [{ kind: 'hang' }, { kind: 'status', status: 500 }, { kind: 'truncate', atBytes: 1000 }] },
    { name: 'a reset mid-way (resumed)', faults: [{ kind: 'reset', atBytes: 200 * 1024, times: 1 }] },
    { name: 'corrupted body, then a healthy mirror', faults: [{ kind: 'corrupt', atByte: 100 }] },
  ] as const;
  for (const c of cases) {
    it(`installs after ${c.name}`, async () => {
      const sb = makeSandbox();
      const rig = await serviceRig({
        root: sb.root,
        tarball: newGo,
        // The healthy mirror answers slowest, so the faulty ones are tried first.
        mirrors: [...c.faults.map((f, i) => ({ id: `bad${i}`, fault: f })), { id: 'good', latencyMs: 300 }],
      });
      try {
        const r = await rig.service.install({ taskId: 't', distro: distro(sb.home), clean: [], confirmGopath: false });
        expect(r.version).toBe('go1.22.3');
        expect(sb.read('usr/local/go/VERSION').trim()).toBe('go1.22.3');
        if (c.name.startsWith('a reset')) expect(r.resumed).toBe(true);
      } finally {
        await rig.close();
        sb.cleanup();
      }
    });
  }

  it('ends with GO_TARBALL_CORRUPT and the old Go untouched when every mirror serves bad bytes', async () => {
    const sb = makeSandbox();
    await scriptRunner(sb.root).run('go-install.sh', ['--tarball', oldGo.path, '--sha256', oldGo.sha256, '--version', oldGo.version]);
    const rig = await serviceRig({ root: sb.root, tarball: newGo, mirrors: [{ id: 'a', fault: { kind: 'corrupt', atByte: 7 } }, { id: 'b', fault: { kind: 'corrupt', atByte: 9 } }] });
    try {
      const err = await rig.service.install({ taskId: 't', distro: distro(sb.home), clean: [], confirmGopath: false }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).details).toMatchObject({ catalogId: 'GO_TARBALL_CORRUPT' });
      expect(sb.read('usr/local/go/VERSION').trim()).toBe('go1.20.0');
      expect(sb.exists('etc/profile.d/go.sh')).toBe(false);
      expect(fs.readdirSync(rig.downloadDir)).toEqual([]);
    } finally {
      await rig.close();
      sb.cleanup();
    }
  });

  it('refuses a tarball changed after the Node-side check, keeps the old Go, and a retry downloads it again', async () => {
    const sb = makeSandbox();
    await scriptRunner(sb.root).run('go-install.sh', ['--tarball', oldGo.path, '--sha256', oldGo.sha256, '--version', oldGo.version]);
    const rig = await serviceRig({ root: sb.root, tarball: newGo, mirrors: [{ id: 'good' }] });
    // The same service, but the distro-side install runs after someone changed the verified file:
    // one byte flipped in the middle (same size), or the file cut short.
    const tamper = { kind: 'flip' as 'flip' | 'truncate' | 'none' };
    const host = new LocalLinuxHost({ root: sb.root });
    const run: RunCommand = (spec, options) => {
      const file = spec.id === 'go.install' ? spec.distro?.args[spec.distro.args.indexOf('--tarball') + 1] : undefined;
      if (file && tamper.kind === 'flip') {
        const bytes = fs.readFileSync(file);
        const mid = bytes.length >> 1;
        bytes.writeUInt8(bytes.readUInt8(mid) ^ 0xff, mid);
        fs.writeFileSync(file, bytes);
      } else if (file && tamper.kind === 'truncate') fs.truncateSync(file, newGo.size - 100);
      return host.run(spec, options);
    };
    const service = new GoService({
      host,
      run,
      downloadDir: rig.downloadDir,
      mirrors: [{ id: 'good', base: `${rig.servers[0]!.url}/` }],
      releaseLists: [`${rig.servers.at(-1)!.url}/dl/?mode=json&include=all`],
      allowLoopbackHttp: true,
      timeouts: { probeMs: 1500, headersMs: 1500, idleMs: 1500 },
    });
    const req = { taskId: 't', distro: distro(sb.home), clean: [], confirmGopath: false };
    try {
      for (const kind of ['flip', 'truncate'] as const) {
        tamper.kind = kind;
        const err = await service.install(req).catch((e: unknown) => e);
        expect(err, kind).toBeInstanceOf(ApiError);
        expect((err as ApiError).details, kind).toMatchObject({ catalogId: 'GO_TARBALL_CORRUPT' });
        expect((err as ApiError).message, kind).toMatch(kind === 'flip' ? /sha256 mismatch/ : /bytes, the release list says/);
        expect(sb.read('usr/local/go/VERSION').trim(), kind).toBe('go1.20.0');
        expect(sb.exists('etc/profile.d/go.sh'), kind).toBe(false);
        expect(fs.readdirSync(sb.file('usr/local')).filter((n) => n.startsWith('.go-stage') || n.startsWith('.go-old')), kind).toEqual([]);
      }
      // The cached file no longer matches, so the next install fetches it again instead of trusting the cache.
      tamper.kind = 'none';
      const ok = await service.install(req);
      expect(ok.mirror).toBe('good');
      expect(sb.read('usr/local/go/VERSION').trim()).toBe('go1.22.3');
    } finally {
      await rig.close();
      sb.cleanup();
    }
  });

  it('ends with a network diagnosis when no mirror answers', async () => {
    const sb = makeSandbox();
    const rig = await serviceRig({ root: sb.root, tarball: newGo, mirrors: [{ id: 'h', fault: { kind: 'hang' } }, { id: 's', fault: { kind: 'status', status: 500 } }], timeouts: { probeMs: 300, headersMs: 300, idleMs: 300 } });
    try {
      const err = await rig.service.install({ taskId: 't', distro: distro(sb.home), clean: [], confirmGopath: false }).catch((e: unknown) => e);
      expect((err as ApiError).code).toBe('HOST_FAILED');
      expect((err as ApiError).details).toMatchObject({ catalogId: 'NET_TIMEOUT' });
      expect(sb.exists('usr/local/go')).toBe(false);
    } finally {
      await rig.close();
      sb.cleanup();
    }
  });
});
