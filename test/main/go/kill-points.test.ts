import { execFileSync } from 'node:child_process';
import { loadDistroScript } from '../../../src-main/distro-scripts';
import type { GoScriptName } from '../../../src-main/services/go/go-script';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distroScriptSpec } from '../../../src-main/host/commands/distro';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { LineSplitter, parseRecordLine } from '../../../src-shared/go/records';
import { fakeGoTarball, type GoTarball } from '../../support/go-fixture';
import { makeSandbox, type Sandbox } from '../../support/sandbox';

/**
 * Kill the installer at random points (extraction, swap, profile edit) and at
 * each phase marker; after every kill /usr/local/go is either the complete old
 * tree, the complete new tree, or absent, and a rerun completes.
 */
let work: string;
let oldGo: GoTarball;
let newGo: GoTarball;
const PAD = 12 * 1024 * 1024;
beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-kill-'));
  oldGo = await fakeGoTarball(work, { version: 'go1.20.0', padBytes: PAD });
  newGo = await fakeGoTarball(work, { version: 'go1.22.3', padBytes: PAD });
}, 60_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));


/** Run a script; kill it after `ms` or when it prints phase `atPhase`. */
async function runKilled(sb: Sandbox, script: GoScriptName, args: string[], kill: { ms?: number; atPhase?: string }) {
  const host = new LocalLinuxHost({ root: sb.root });
  const ac = new AbortController();
  const spec = distroScriptSpec('kill', { name: 'sandbox', user: 'root', script, args }, loadDistroScript(script), { timeoutMs: 60_000 });
  const timer = kill.ms !== undefined ? setTimeout(() => ac.abort(), kill.ms) : undefined;
  const lines = new LineSplitter();
  const res = await host.run(spec, {
    signal: ac.signal,
    onOutput: (stream, text) => {
      if (stream !== 'stdout' || !kill.atPhase) return;
      for (const l of lines.push(text)) {
        const r = parseRecordLine(l);
        if (r?.kind === 'phase' && r.fields[0] === kill.atPhase) ac.abort();
      }
    },
  });
  clearTimeout(timer);
  return res;
}

/** The tree at /usr/local/go is whole: its go runs, says its VERSION, and every padding byte is there. */
function treeState(sb: Sandbox): string {
  const target = sb.file('usr/local/go');
  if (!fs.existsSync(target)) return 'absent';
  const version = fs.readFileSync(path.join(target, 'VERSION'), 'utf8').trim();
  const said = execFileSync(path.join(target, 'bin/go'), ['version'], { encoding: 'utf8' });
  expect(said).toContain(version);
  const pad = fs.readdirSync(path.join(target, 'pkg')).reduce((n, f) => n + fs.statSync(path.join(target, 'pkg', f)).size, 0);
  expect(pad).toBe(PAD);
  return version;
}

const installArgs = (t: GoTarball) => ['--tarball', t.path, '--sha256', t.sha256, '--version', t.version];

describe('killing the installer', () => {
  it('never leaves a half tree, at random points and at every phase', async () => {
    const sb = makeSandbox();
    try {
      const t0 = performance.now();
      const first = await runKilled(sb, 'go-install.sh', installArgs(oldGo), {});
      expect(first.exitCode).toBe(0);
      const full = performance.now() - t0;
      const points: Array<{ ms?: number; atPhase?: string }> = [
        ...['extract', 'check', 'swap', 'verify', 'manifest'].map((p) => ({ atPhase: p })),
        ...Array.from({ length: 6 }, () => ({ ms: Math.random() * full * 1.2 })),
      ];
      const seen = new Set<string>();
      for (const p of points) {
        await runKilled(sb, 'go-install.sh', installArgs(newGo), p);
        const state = treeState(sb);
        expect(['go1.20.0', 'go1.22.3', 'absent'], JSON.stringify(p)).toContain(state);
        seen.add(state);
        // Rerun completes, then go back to the old version for the next kill.
        expect((await runKilled(sb, 'go-install.sh', installArgs(newGo), {})).exitCode).toBe(0);
        expect(treeState(sb)).toBe('go1.22.3');
        expect((await runKilled(sb, 'go-install.sh', installArgs(oldGo), {})).exitCode).toBe(0);
      }
      expect(fs.readdirSync(sb.file('usr/local')).filter((n) => n.startsWith('.go-stage') || n.startsWith('.go-old'))).toEqual([]);
      expect(seen.has('go1.20.0')).toBe(true);
    } finally {
      sb.cleanup();
    }
  }, 120_000);

  it('a profile edit killed midway leaves each file whole, and a rerun completes', async () => {
    const sb = makeSandbox();
    try {
      const before = sb.read('home/tester/.bashrc');
      for (let i = 0; i < 6; i++) {
        await runKilled(sb, 'go-path.sh', ['apply', '--home', sb.home, '--zsh', 'yes'], { ms: Math.random() * 40 });
        const now = sb.read('home/tester/.bashrc');
        // Either the user's file as it was, or it plus exactly one whole block.
        expect(now === before || (now.startsWith(before.trimEnd()) && now.split('# >>> go-wsl-setup go >>>').length === 2 && now.includes('# <<< go-wsl-setup go <<<'))).toBe(true);
      }
      expect((await runKilled(sb, 'go-path.sh', ['apply', '--home', sb.home, '--zsh', 'yes'], {})).exitCode).toBe(0);
      expect(sb.read('home/tester/.bashrc').split('# >>> go-wsl-setup go >>>').length).toBe(2);
      // A temp file a kill left behind is swept by the rerun.
      expect(fs.readdirSync(sb.homeDir).filter((n) => n.startsWith('.gws-tmp'))).toEqual([]);
    } finally {
      sb.cleanup();
    }
  }, 60_000);
});
