import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { runPreflight } from '../../../src-main/services/preflight';
import { FileResumeStore, setResumeStore } from '../../../src-main/services/resume';
import { installWsl } from '../../../src-main/services/wsl';
import { wslActions } from '../../../src-main/services/wsl/commands';
import type { Runtime } from '../../../src-main/ipc/runtime';
import type { Transcript } from '../../../src-shared/transcript/schema';
import { fakeRuntime } from '../ipc/fake-runtime';

/**
 * Issue #12 point 7: the in-box wsl.exe's usage-only answer, whatever its exit
 * code, is not an install; the route is DISM + the Store WSL MSI where Windows
 * can run it, and Windows Update where it cannot (never the in-box wsl --update).
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gws-inbox-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** win10-inbox-legacy with one change to its recorded answers (a variant of the same machine). */
function variant(change: (t: Transcript) => void): { host: ReplayHost; runtime: Runtime } {
  const t = structuredClone(catalog.get('win10-inbox-legacy'));
  change(t);
  const host = new ReplayHost(t, { readOnly: false, maxReplayMs: 0, strict: true });
  const { runtime } = fakeRuntime(host);
  const r: Runtime = { ...runtime, currentMachine: () => ({ id: t.machine.id, title: t.machine.title, description: t.machine.description }) };
  setResumeStore(r, new FileResumeStore(dir));
  return { host, runtime: r };
}

describe('the in-box wsl.exe route', () => {
  it('usage text with exit code 0 is still a failed install, and the MSI route follows', async () => {
    const { host, runtime } = variant((t) => {
      for (const e of t.entries) if (e.probe === 'wsl.install') e.exitCode = 0;
    });
    const r = await installWsl(runtime);
    expect(r.attempts.map((a) => `${a.kind}:${a.ok}`)).toEqual(['install:false', 'enable-features:true', 'install-msi:true']);
    expect(r.attempts[0]!.findings.map((f) => f.id)).toContain('WSL_INBOX_LEGACY');
    expect(host.log.map((l) => l.id)).not.toContain('wsl.update');
  });

  it('an unpatched Windows 10 (before KB5020030): blocked with the Windows Update explanation, nothing run', async () => {
    const { host, runtime } = variant((t) => {
      for (const e of t.entries) if (e.probe === 'win.facts' && e.stdout && 'text' in e.stdout) e.stdout.text = e.stdout.text.replace('"ubr":2604', '"ubr":2251');
    });
    const report = await runPreflight(runtime);
    expect(report.checks.find((c) => c.id === 'wsl-installed')).toMatchObject({ status: 'fail', findings: ['WSL_INBOX_NEEDS_UPDATE'], fixAction: null });
    const r = await installWsl(runtime);
    expect(r).toMatchObject({ outcome: 'failed', attempts: [] });
    expect(r.findings.map((f) => f.id)).toEqual(['WSL_INBOX_NEEDS_UPDATE']);
    expect(host.log.map((l) => l.id).filter((id) => id.startsWith('wsl.install') || id === 'wsl.update')).toEqual([]);
  });

  it('the MSI step: elevated PowerShell, release API and architecture as JSON data, never in the script text', () => {
    const x64 = wslActions.installMsi('64-bit');
    expect(x64).toMatchObject({ id: 'wsl.install-msi', elevated: true, mutates: true });
    expect(x64.argv).toContain('-EncodedCommand');
    expect(JSON.parse(x64.env!.GWS_DATA!)).toEqual({ releaseApi: 'https://api.github.com/repos/microsoft/WSL/releases/latest', assetPattern: 'wsl.*.x64.msi' });
    expect(JSON.parse(wslActions.installMsi('ARM 64-bit Processor').env!.GWS_DATA!).assetPattern).toBe('wsl.*.arm64.msi');
    const script = Buffer.from(x64.argv.at(-1)!, 'base64').toString('utf16le');
    // No digest, no install; the file is checked before msiexec runs.
    expect(script.indexOf('Get-FileHash')).toBeGreaterThan(0);
    expect(script.indexOf('Get-FileHash')).toBeLessThan(script.indexOf('msiexec.exe'));
    expect(script).toMatch(/digest -match '\^sha256:/);
    expect(script).not.toContain('api.github.com');
  });
});
