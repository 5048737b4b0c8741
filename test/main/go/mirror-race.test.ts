import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { raceMirrors } from '../../../src-main/services/go/mirror-race';
import { startFileServer } from '../../support/fault-file-server';
import { refusedUrl, type LoopbackServer } from '../../support/loopback-server';

const NAME = 'go1.99.0.linux-amd64.tar.gz';
const files = new Map([[`/${NAME}`, randomBytes(256 * 1024) as Uint8Array]]);
const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function mirror(id: string, o: Parameters<typeof startFileServer>[0] extends infer T ? Partial<T> : never) {
  const s = await startFileServer({ files, lifetimeMs: 20_000, ...o });
  servers.push(s);
  return { id, base: `${s.url}/` };
}

describe('raceMirrors', () => {
  it('picks the fastest healthy mirror without waiting for hanging or refusing ones', async () => {
    const mirrors = [
      await mirror('hang1', { fault: { kind: 'hang' } }),
      await mirror('slow', { latencyMs: 200 }),
      { id: 'refused', base: `${await refusedUrl()}/` },
      await mirror('fast', { latencyMs: 50 }),
      await mirror('hang2', { fault: { kind: 'hang' } }),
    ];
    const r = await raceMirrors({ mirrors, filename: NAME, fileSize: 70e6, timeoutMs: 3000 });
    expect(r.chosen).toBe('fast');
    expect(r.decidedInMs).toBeLessThan(50 + 100 + 50);
    expect(r.ranking[0]).toBe('fast');
    expect(r.probes.find((p) => p.id === 'refused')?.error).toMatch(/ECONNREFUSED|refused/);
    expect(r.probes.find((p) => p.id === 'hang1')?.ok).toBe(false);
  });

  it('never waits past the per-probe timeout when nothing answers', async () => {
    const mirrors = [await mirror('h', { fault: { kind: 'hang' } }), { id: 'r', base: `${await refusedUrl()}/` }];
    const r = await raceMirrors({ mirrors, filename: NAME, fileSize: 70e6, timeoutMs: 300 });
    expect(r.chosen).toBeNull();
    expect(r.decidedInMs).toBeLessThan(300 + 150);
    expect(r.ranking).toEqual(['h', 'r']);
  });

  it('ranks a mirror that answers HTTP 500 as failed', async () => {
    const mirrors = [await mirror('err', { fault: { kind: 'status', status: 500 } }), await mirror('ok', { latencyMs: 30 })];
    const r = await raceMirrors({ mirrors, filename: NAME, fileSize: 70e6, timeoutMs: 2000 });
    expect(r.chosen).toBe('ok');
    expect(r.probes.find((p) => p.id === 'err')?.error).toBe('HTTP 500');
  });
});
