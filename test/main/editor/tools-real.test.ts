import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptRunner } from '../../../src-main/distro-scripts/run';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { installTools, type ToolInstallCall } from '../../../src-main/services/editor/tool-install';
import { pinnedTools } from '../../../src-shared/editor/tools';
import { editorToolModules } from '../../support/editor-tool-modules';
import { startHangServer, startModuleProxy, type Running } from '../../support/net/servers';
import { startLoopbackServer, type LoopbackServer } from '../../support/loopback-server';
import { makeSandbox, type Sandbox } from '../../support/sandbox';

/**
 * editor-tools.sh run for real: `go install` of modules served at their real
 * paths by a GOPROXY on 127.0.0.1, into a sandbox home, through the one
 * distro-script runner. The Go is this machine's (/usr/lib/go, linked in as
 * the sandbox's /usr/local/go), so the pins are the ones for its version.
 */
const GOROOT = '/usr/lib/go';
const skip = fs.existsSync(`${GOROOT}/bin/go`) ? null : `no Go at ${GOROOT}`;
if (skip) console.log(`skipping editor-tools real install: ${skip} (the argv and diagnosis are covered by tool-install.test.ts)`);

const goVersion = skip ? 'go1.19' : fs.readFileSync(`${GOROOT}/VERSION`, 'utf8').split('\n')[0]!.trim();
const pins = pinnedTools(goVersion)!;
const v = Object.fromEntries(pins.map((p) => [p.name, p.version])) as { gopls: string; dlv: string; staticcheck: string };

let proxy: Running;
let hang: Running;
let sumdb: LoopbackServer;
beforeAll(async () => {
  proxy = await startModuleProxy({ modules: editorToolModules(v) });
  // Accepts and never answers: a module proxy that times out.
  hang = await startHangServer();
  // A checksum database that answers every lookup with an error.
  sumdb = await startLoopbackServer((_req, res) => {
    res.writeHead(500);
    res.end('internal error\n');
  });
});
afterAll(async () => {
  await proxy?.close();
  await hang?.close();
  await sumdb?.close();
});

function setup(): { sb: Sandbox; run: (over?: Partial<ToolInstallCall>) => ReturnType<typeof installTools>; out: string[] } {
  const sb = makeSandbox('gws-editor-');
  fs.symlinkSync(GOROOT, sb.file('usr/local/go'));
  const host = new LocalLinuxHost({ root: sb.root, env: { GOCACHE: sb.file('gocache'), GOENV: 'off' } });
  const runner = scriptRunner((spec, o) => host.run(spec, o));
  const out: string[] = [];
  const run = (over: Partial<ToolInstallCall> = {}) =>
    installTools(runner, { distro: 'sandbox', user: 'tester', tools: pins, goproxy: proxy.url, gosumdb: 'off', perToolTimeoutS: 60, ...over }, { onOutput: (_s, t) => out.push(t) });
  return { sb, run, out };
}

describe.skipIf(skip !== null)('editor-tools.sh through a local module proxy', () => {
  it(`installs ${pins.map((p) => `${p.name}@${p.version}`).join(', ')} and proves each with its version command`, async () => {
    const { sb, run, out } = setup();
    try {
      const r = await run();
      expect(r.gobin).toBe('/home/tester/go/bin');
      for (const t of r.tools) {
        if (!t.ok) console.log(out.join(''));
        expect(t, `${t.name}: ${t.evidence.join(" / ")}`).toMatchObject({ ok: true, catalogId: null });
        // The binary reports the module and version it was built from: the proxy's, at the pin.
        expect(t.proof).toMatch(/\(test build\)/);
        expect(sb.exists(`home/tester/go/bin/${t.name}`)).toBe(true);
      }
      expect(proxy.requests).toContain(`GET /golang.org/x/tools/gopls/@v/${v.gopls}.zip`);
      expect(out.join('')).toContain(`$ go install golang.org/x/tools/gopls@${v.gopls}`);
      const manifest = sb.read('home/tester/.local/state/go-wsl-setup/editor.manifest');
      expect(manifest.split('\n').filter((l) => l.startsWith('tool\t'))).toHaveLength(3);
    } finally {
      sb.cleanup();
    }
  }, 180_000);

  it('does not list a tool the user already had, so undo leaves it', async () => {
    const { sb, run } = setup();
    try {
      sb.write('home/tester/go/bin/gopls', '#!/bin/sh\necho mine\n', 0o755);
      const r = await run({ tools: pins.filter((p) => p.name === 'gopls') });
      expect(r.tools[0]?.ok, JSON.stringify(r.tools[0])).toBe(true);
      expect(sb.read('home/tester/.local/state/go-wsl-setup/editor.manifest')).not.toContain('gopls');
    } finally {
      sb.cleanup();
    }
  }, 120_000);

  it('diagnoses a checksum-database failure as GOSUMDB_FAILURE and installs nothing', async () => {
    const { sb, run, out } = setup();
    try {
      // The real sum.golang.org name and key, at a loopback URL that fails every lookup.
      const gosumdb = `sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8 ${sumdb.url}`;
      const r = await run({ gosumdb, tools: pins.filter((p) => p.name === 'gopls') });
      expect(r.tools[0], out.join('')).toMatchObject({ name: 'gopls', ok: false, catalogId: 'GOSUMDB_FAILURE' });
      expect(sb.exists('home/tester/go/bin/gopls')).toBe(false);
    } finally {
      sb.cleanup();
    }
  }, 120_000);

  it('diagnoses a proxy that never answers as NET_TIMEOUT within the per-tool limit', async () => {
    const { sb, run } = setup();
    try {
      const started = Date.now();
      const r = await run({ goproxy: `http://127.0.0.1:${hang.port}`, tools: pins.filter((p) => p.name === 'dlv'), perToolTimeoutS: 3 });
      expect(r.tools[0]).toMatchObject({ name: 'dlv', ok: false, catalogId: 'NET_TIMEOUT' });
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      sb.cleanup();
    }
  }, 60_000);
});
