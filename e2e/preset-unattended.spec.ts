import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, ROOT, test as base } from './support/harness';
import { makeDistroSandbox, type DistroSandbox } from './support/distro-sandbox';
import { sharedGoCache } from './support/journey';
import { type GoServers, journeyFixtures, QUOTE_STANDIN } from './support/journey-servers';
import { debianGoAvailable } from '../test/support/go-fixture';
import { freshShellsUnavailable } from '../test/support/sandbox';
import type { Running } from '../test/support/net/servers';

/**
 * `--unattended --preset FILE` over the harness: no page, no clicks. The
 * Windows side answers from a recorded machine (its elevated DISM run and its
 * restart included); the distro side runs for real against a sandbox root:
 * the Go download from the preset's mirror, the install, PATH, GOPROXY, and
 * go run / go get / go test. The harness plays Windows at the restart: it
 * starts the RunOnce command line the run registered.
 */
const missing = debianGoAvailable() ?? freshShellsUnavailable();
if (missing) console.log(`skipping the unattended runs that install Go: ${missing}`);

const test = base.extend<{ go: GoServers; modules: Running }>(journeyFixtures(200 * 1024 * 1024));

interface Ended {
  code: number | null;
  stdout: string;
  log: string;
  logDir: string;
}

/** Run the built harness unattended to its end (bounded), with the sandbox as the distro side. */
function runUnattended(machine: string, presetFile: string, sandbox: DistroSandbox, endpoints: object): Promise<Ended> {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-unattended-log-'));
  const env = { ...process.env, GWS_TEST_ENDPOINTS: JSON.stringify({ ...endpoints, distroEnv: sandbox.env }) };
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'out', 'harness', 'harness.cjs'), '--machine', machine, '--local-distro', sandbox.root, '--log-dir', logDir, '--unattended', '--preset', presetFile],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stdout += b.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the unattended run did not end within 150 s:\n${stdout.slice(-4000)}`));
    }, 150_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const file = path.join(logDir, 'unattended.log');
      resolve({ code, stdout, log: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', logDir });
    });
  });
}

function writePreset(dir: string, preset: object): string {
  const file = path.join(dir, 'go-wsl-setup.preset.json');
  fs.writeFileSync(file, JSON.stringify(preset, null, 2));
  return file;
}

let sandbox: DistroSandbox | null = null;
let scratch: string | null = null;
test.beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-preset-'));
});
test.afterEach(() => {
  sandbox?.cleanup();
  sandbox = null;
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

test.describe('unattended run', () => {
  test.describe.configure({ timeout: 180_000 });

  test('from Virtual Machine Platform off to a working go run, through a restart, with no clicks', async ({ go, modules }) => {
    test.skip(missing !== null, missing ?? '');
    sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: QUOTE_STANDIN.path });
    const preset = writePreset(scratch!, {
      format: 'go-wsl-setup.preset/1',
      description: 'e2e: the lab preset with loopback servers',
      distro: { value: { name: 'Ubuntu-24.04', version: '24.04' }, locked: true },
      go: { value: go.tarball.version, locked: true },
      mirrors: { value: [`${go.mirror.url}/`], locked: true },
      goEnv: { value: { GOPROXY: [modules.url], GOSUMDB: 'sum.golang.org' }, locked: true },
      proxy: { value: { mode: 'none' } },
      git: { value: { policy: 'skip' } },
      editor: { value: { editor: 'none' } },
    });
    // The endpoints' own mirror refuses: the Go archive can only come from the preset's mirror.
    const ended = await runUnattended('journey-win11-vmp-off-ubuntu', preset, sandbox, {
      go: { releaseLists: [`${go.list.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'refusing-mirror', base: `${go.deadMirror}/` }] },
      network: { proxyTestUrl: `http://mods.gws.test:${modules.port}/`, goproxyCandidates: [go.deadMirror], probePath: `/${QUOTE_STANDIN.path}/@v/list`, sumdb: null, dnsHosts: ['localhost'] },
    });
    console.log(ended.stdout);
    expect(ended.code, ended.stdout).toBe(0);
    // First start: DISM enables the feature (one elevated run), RunOnce is registered, Windows restarts.
    expect(ended.log).toContain('preflight: fixing windows.enable-features');
    expect(ended.log).toContain('RESULT restart exit=3 step=preflight reason=features-enabled');
    const runOnce = /RunOnce starts: (.*)$/m.exec(ended.stdout)?.[1] ?? '';
    expect(runOnce).toContain('--resume --unattended --preset');
    expect(runOnce).toContain(preset);
    // Second start, by RunOnce: resumed, the rest to the proof.
    expect(ended.log).toMatch(/start: preset .*, resumed at preflight after a restart \(features-enabled\)/);
    expect(ended.log).toContain(`RESULT done exit=0 distro=Ubuntu-24.04 go=${go.tarball.version}`);
    expect(ended.log.trim().split('\n').filter((l) => / RESULT /.test(l))).toHaveLength(2);
    // Really installed from the preset's mirror, GOPROXY written, go get through it.
    expect(sandbox.read('usr/local/go/VERSION').startsWith(go.tarball.version)).toBe(true);
    expect(sandbox.read(`${sandbox.home}/.config/go/env`)).toContain(`GOPROXY=${modules.url}`);
    expect(modules.requests.some((r) => r.includes('/rsc.io/quote/@v/'))).toBe(true);
    // The redacted support report is next to the log, with the session's commands.
    const report = JSON.parse(fs.readFileSync(path.join(ended.logDir, 'unattended-report.json'), 'utf8')) as { transcript: { entries: { probe: string }[] } };
    const probes = report.transcript.entries.map((e) => e.probe);
    expect(probes).toContain('windows.enable-features');
    expect(probes).toContain('system.reboot');
  });

  test('stops at the first decision it may not make (an old apt Go), exit 4 with the step and catalog ID, nothing removed or installed', async ({ go, modules }) => {
    test.skip(missing !== null, missing ?? '');
    sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: QUOTE_STANDIN.path, aptGo: '2:1.18~0ubuntu2' });
    const preset = writePreset(scratch!, { format: 'go-wsl-setup.preset/1', distro: { value: { name: 'Ubuntu-24.04' } }, go: { value: 'latest' } });
    const ended = await runUnattended('journey-win11-ubuntu-no-go', preset, sandbox, {
      go: { releaseLists: [`${go.list.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'loopback-mirror', base: `${go.mirror.url}/` }] },
      network: { proxyTestUrl: `http://mods.gws.test:${modules.port}/`, goproxyCandidates: [modules.url], probePath: `/${QUOTE_STANDIN.path}/@v/list`, sumdb: null, dnsHosts: ['localhost'] },
    });
    expect(ended.code, ended.stdout).toBe(4);
    expect(ended.log).toContain('RESULT needs-person exit=4 step=go id=GO_WRONG_VERSION');
    expect(ended.log).toContain('an older Go is in the way');
    expect(sandbox.exists('usr/local/go')).toBe(false);
    expect(sandbox.read('var/lib/dpkg/status')).toContain('Package: golang-go');
    expect(fs.existsSync(path.join(ended.logDir, 'unattended-report.json'))).toBe(true);
  });

  test('a bad preset is refused before anything runs: exit 2, each problem by JSON path in both languages', async () => {
    sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: QUOTE_STANDIN.path });
    const preset = writePreset(scratch!, { format: 'go-wsl-setup.preset/1', go: { value: 'go1.x' }, proxy: { value: { mode: 'url', url: 'http://bob:secret@proxy.example.com:8080' } } });
    const ended = await runUnattended('journey-win11-ubuntu-no-go', preset, sandbox, {});
    expect(ended.code, ended.stdout).toBe(2);
    expect(ended.log).toContain('/go/value: expected a Go release like go1.22.5, or "latest" / 应为形如 go1.22.5 的 Go 版本，或 "latest"');
    expect(ended.log).toMatch(/\/proxy\/value\/url: .* \/ .*/);
    expect(ended.log).not.toContain('secret');
    expect(ended.log).toContain('RESULT invalid-preset exit=2');
    expect(ended.log).not.toContain('preflight');
  });
});
