import fs from 'node:fs';
import net from 'node:net';
import { startFileServer } from '../../test/support/fault-file-server';
import { debianGoTarball, type GoTarball } from '../../test/support/go-fixture';
import { refusedUrl, type LoopbackServer } from '../../test/support/loopback-server';
import { releaseListJson } from '../../test/support/release-list';
import { startConnectProxy, type RunningProxy } from '../../test/support/net/connect-proxy';
import { startModuleProxy, type FixtureModule, type Running } from '../../test/support/net/servers';

/**
 * Loopback servers a journey needs, all on 127.0.0.1 and closing by
 * themselves: the Go release list and mirrors (Debian's Go packed as an
 * official tarball), a Go module proxy, and, for the proxy journey, the
 * Windows proxy stand-in.
 */

/** What `go get` fetches in the proof (rsc.io/quote by default): a small stand-in served from loopback, not the real module. */
export const QUOTE_STANDIN: FixtureModule = {
  path: 'rsc.io/quote',
  versions: {
    'v1.5.2': {
      'go.mod': 'module rsc.io/quote\n\ngo 1.19\n',
      'quote.go': 'package quote\n\n// Hello is a stand-in served by the journey fixture.\nfunc Hello() string { return "Hello, world." }\n',
    },
  },
};

export interface GoServers {
  readonly tarball: GoTarball;
  readonly list: LoopbackServer;
  readonly mirror: LoopbackServer;
  readonly deadMirror: string;
  close(): Promise<void>;
}

/** A mirror sending at `bytesPerSecond` (so progress, rate and ETA can be seen) and one that refuses. */
export async function startGoServers(tarball: GoTarball, bytesPerSecond: number): Promise<GoServers> {
  const body = fs.readFileSync(tarball.path);
  const list = releaseListJson([{ version: tarball.version, stable: true, filename: tarball.filename, sha256: tarball.sha256, size: body.length }]);
  const routes = new Map([['/dl/', { type: 'application/json', body: list }]]);
  const files = new Map([[`/${tarball.filename}`, body as Uint8Array]]);
  const listServer = await startFileServer({ files: new Map(), routes, lifetimeMs: 240_000 });
  const mirror = await startFileServer({ files, fault: { kind: 'slow', bytesPerSecond }, lifetimeMs: 240_000 });
  const deadMirror = await refusedUrl();
  return {
    tarball,
    list: listServer,
    mirror,
    deadMirror,
    close: async () => {
      await Promise.all([listServer.close(), mirror.close()]);
    },
  };
}

export function startModules(): Promise<Running> {
  return startModuleProxy({ modules: [QUOTE_STANDIN] });
}

/**
 * The `go` and `modules` fixtures of a journey spec (for `test.extend`):
 * Debian's Go served at `bytesPerSecond`, and a module proxy with the proof's
 * stand-in plus `moreModules` for the served Go (the Editor's tools at their
 * pins). One definition, so the journeys cannot drift apart in their setup.
 */
export function journeyFixtures(bytesPerSecond: number, moreModules?: (tarball: GoTarball) => FixtureModule[]) {
  return {
    go: async ({}, use: (servers: GoServers) => Promise<void>) => {
      const servers = await startGoServers(await debianGoTarball(), bytesPerSecond);
      await use(servers);
      await servers.close();
    },
    modules: async ({}, use: (modules: Running) => Promise<void>) => {
      const more = moreModules ? moreModules(await debianGoTarball()) : [];
      const m = await startModuleProxy({ modules: [QUOTE_STANDIN, ...more] });
      await use(m);
      await m.close();
    },
  };
}

/**
 * The Windows proxy stand-in (Clash & co.) at a fixed address, as the recorded
 * machine names it (127.0.0.1:7890): a forwarder to the loopback CONNECT proxy.
 * Not started = "refused", which is what the journey begins with.
 */
export async function startProxyAt(port: number): Promise<{ proxy: RunningProxy; close(): Promise<void> }> {
  const proxy = await startConnectProxy({ lifetimeMs: 240_000 });
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(proxy.port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(new Error(`port ${port} is taken; the proxy journey needs it (the recorded machine names it): ${String(e)}`)));
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    proxy,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
      await proxy.close();
    },
  };
}
