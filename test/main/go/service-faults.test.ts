import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
