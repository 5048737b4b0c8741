import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalLinuxHost } from '../../src-main/host/local-linux-host';
import { GoService } from '../../src-main/services/go/go-service';
import type { GoTimeouts } from '../../src-main/services/go/deps';
import { startFileServer, type Fault } from './fault-file-server';
import type { GoTarball } from './go-fixture';
import type { LoopbackServer } from './loopback-server';
import { releaseListJson } from './release-list';

/**
 * A GoService wired like the app's, but every mirror and the release list are
 * loopback servers, and the distro is a sandbox root played by the real
 * LocalLinuxHost.
 */
export interface ServiceRig {
  readonly service: GoService;
  readonly servers: LoopbackServer[];
  readonly downloadDir: string;
  close(): Promise<void>;
}

export async function serviceRig(o: {
  root: string;
  tarball: GoTarball;
  /** One fault per mirror, in order; the list is served by the first server. */
  mirrors: ReadonlyArray<{ id: string; fault?: Fault; latencyMs?: number }>;
  timeouts?: Partial<GoTimeouts>;
  /** Checksum the list claims (default: the tarball's). */
  listSha256?: string;
}): Promise<ServiceRig> {
  const body = fs.readFileSync(o.tarball.path);
  const list = releaseListJson([{ version: o.tarball.version, stable: true, filename: o.tarball.filename, sha256: o.listSha256 ?? o.tarball.sha256, size: body.length }]);
  const files = new Map([[`/${o.tarball.filename}`, body as Uint8Array]]);
  const routes = new Map([['/dl/', { type: 'application/json', body: list }]]);
  const servers: LoopbackServer[] = [];
  for (const m of o.mirrors) {
    servers.push(await startFileServer({ files, routes, lifetimeMs: 170_000, ...(m.fault ? { fault: m.fault } : {}), ...(m.latencyMs ? { latencyMs: m.latencyMs } : {}) }));
  }
  const listServer = await startFileServer({ files: new Map(), routes, lifetimeMs: 170_000 });
  servers.push(listServer);
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-downloads-'));
  const service = new GoService({
    host: new LocalLinuxHost({ root: o.root }),
    downloadDir,
    mirrors: o.mirrors.map((m, i) => ({ id: m.id, base: `${servers[i]!.url}/` })),
    releaseLists: [`${listServer.url}/dl/?mode=json&include=all`],
    allowLoopbackHttp: true,
    timeouts: { probeMs: 1500, headersMs: 1500, idleMs: 1500, ...o.timeouts },
  });
  return {
    service,
    servers,
    downloadDir,
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      fs.rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
