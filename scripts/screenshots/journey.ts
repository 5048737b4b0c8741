import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDistroSandbox } from '../../e2e/support/distro-sandbox';
import { QUOTE_STANDIN, startGoServers, startModules } from '../../e2e/support/journey-servers';
import { debianGoAvailable, debianGoTarball } from '../../test/support/go-fixture';
import { freshShellsUnavailable } from '../../test/support/sandbox';

/**
 * For `npm run screenshots`: the demo harness on a recorded Windows machine
 * with the distro side played for real (--local-distro) against a temporary
 * sandbox, Go served from a loopback mirror (Debian's Go packed as an official
 * tarball) and modules from a loopback proxy, as the e2e journeys do. So the
 * Go, Network, Verify and Editor pages are pictured doing their job instead
 * of waiting for a distro. Null (with the reason) where this machine cannot.
 */
export interface JourneyDemo {
  readonly url: string;
  readonly goVersion: string;
  stop(): Promise<void>;
}

export function journeyUnavailable(): string | null {
  return debianGoAvailable() ?? freshShellsUnavailable();
}

export async function startJourneyDemo(root: string, machine: string): Promise<JourneyDemo> {
  const goCache = path.join(os.tmpdir(), 'gws-e2e-gocache');
  fs.mkdirSync(goCache, { recursive: true });
  const sandbox = makeDistroSandbox({ goCache, noSumDb: QUOTE_STANDIN.path });
  const go = await startGoServers(await debianGoTarball(), 64 * 1024 * 1024);
  const modules = await startModules();
  const endpoints = {
    go: { releaseLists: [`${go.list.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'loopback-mirror', base: `${go.mirror.url}/` }] },
    network: { proxyTestUrl: `http://mods.gws.test:${modules.port}/`, goproxyCandidates: [modules.url], probePath: `/${QUOTE_STANDIN.path}/@v/list`, sumdb: null, dnsHosts: ['localhost'] },
    distroEnv: sandbox.env,
  };
  const child = spawn(process.execPath, [path.join(root, 'out/harness/harness.cjs'), '--machine', machine, '--local-distro', sandbox.root], {
    cwd: root,
    env: { ...process.env, GWS_TEST_ENDPOINTS: JSON.stringify(endpoints) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error('harness did not start')), 15_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Open: (\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]!);
      }
    });
  });
  return {
    url,
    goVersion: go.tarball.version,
    async stop() {
      child.kill('SIGTERM');
      await Promise.all([go.close(), modules.close()]);
      sandbox.cleanup();
    },
  };
}
