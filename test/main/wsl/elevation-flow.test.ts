import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import { elevationOutlook } from '../../../src-shared/diagnose/elevation';
import type { Transcript } from '../../../src-shared/transcript/schema';
import { STILL_RUNNING } from '../../../src-main/host/elevation-runner';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import type { CommandSpec, RunOptions, RunResult } from '../../../src-main/host/types';
import { runPreflight } from '../../../src-main/services/preflight';
import { FileResumeStore, setResumeStore } from '../../../src-main/services/resume';
import { installWsl } from '../../../src-main/services/wsl';
import { fakeRuntime } from '../ipc/fake-runtime';

/**
 * The Install WSL step on the machines of issue #12 points 3-5: a company PC
 * in ConstrainedLanguage, a standard user, a PC where PowerShell runs no
 * script, and an elevated command that does not confirm its stop.
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gws-elev-flow-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A replay host whose elevated actions can be replaced (the elevation runner's behaviour) and are counted. */
class ElevatingReplay extends ReplayHost {
  elevated: string[] = [];
  constructor(
    t: Transcript,
    private readonly onElevated?: (spec: CommandSpec) => Promise<RunResult>,
  ) {
    super(t, { readOnly: false, maxReplayMs: 0, strict: true });
  }
  override async run(spec: CommandSpec, options: RunOptions = {}): Promise<RunResult> {
    if (spec.elevated) {
      this.elevated.push(spec.key ? `${spec.id}:${spec.key}` : spec.id);
      if (this.onElevated) return this.onElevated(spec);
    }
    return super.run(spec, options);
  }
}

function runtimeOn(host: ReplayHost) {
  const { runtime } = fakeRuntime(host);
  setResumeStore(runtime, new FileResumeStore(dir));
  return runtime;
}

/** The machine with its facts' languageMode replaced: the facts script's JSON, as the machine answered it. */
function withLanguageMode(id: string, mode: string): Transcript {
  const t = structuredClone(catalog.get(id));
  for (const e of t.entries) {
    if (e.probe !== 'win.facts' || !e.stdout || !('text' in e.stdout)) continue;
    const facts = JSON.parse(e.stdout.text) as Record<string, unknown>;
    facts.languageMode = mode;
    (e.stdout as { text: string }).text = `${JSON.stringify(facts)}\r\n`;
  }
  return t;
}

describe('elevation on real PCs: the Install WSL step', () => {
  it('win11-company-clm: ConstrainedLanguage is said, and the install still runs (one elevated action)', async () => {
    const host = new ElevatingReplay(catalog.get('win11-company-clm'));
    const runtime = runtimeOn(host);
    const report = await runPreflight(runtime);
    expect(report.windows.languageMode).toBe('ConstrainedLanguage');
    expect(elevationOutlook(report.windows)).toEqual({ possible: true, warnings: [], constrained: true });
    const r = await installWsl(runtime);
    expect(r.outcome).toBe('reboot-required');
    expect(host.elevated).toEqual(['wsl.install']);
  });

  it('win11-standard-user: warned before the first click; a refused password prompt changes nothing; then it installs', async () => {
    const host = new ElevatingReplay(catalog.get('win11-standard-user'));
    const runtime = runtimeOn(host);
    const report = await runPreflight(runtime);
    expect(report.windows.isAdmin).toBe(false);
    expect(elevationOutlook(report.windows).warnings).toEqual(['ELEVATION_STANDARD_USER']);
    expect((await installWsl(runtime)).outcome).toBe('elevation-denied');
    expect((await installWsl(runtime)).outcome).toBe('reboot-required');
  });

  it('PowerShell in NoLanguage: no route, so nothing elevated is even started', async () => {
    const host = new ElevatingReplay(withLanguageMode('win11-company-clm', 'NoLanguage'));
    const r = await installWsl(runtimeOn(host));
    expect(r.outcome).toBe('failed');
    expect(r.findings.map((f) => f.id)).toEqual(['ELEVATION_NO_ROUTE']);
    expect(host.elevated).toEqual([]);
  });

  it('an elevated command that does not confirm its stop: "failed" (ELEVATED_STILL_RUNNING), never "cancelled", no fallback started', async () => {
    const ac = new AbortController();
    const host = new ElevatingReplay(catalog.get('win11-network-web-download'), async (spec) => {
      // The person pressed Cancel; the elevation runner asked the elevated side to stop and got no confirmation.
      ac.abort();
      throw new ApiError('CONFLICT', 'still running', { reason: STILL_RUNNING, id: spec.id });
    });
    const r = await installWsl(runtimeOn(host), ac.signal);
    expect(r.outcome).toBe('failed');
    expect(r.findings.map((f) => f.id)).toEqual(['ELEVATED_STILL_RUNNING']);
    expect(r.attempts.map((a) => `${a.kind}:${a.ok}`)).toEqual(['install:false']);
    expect(host.elevated).toEqual(['wsl.install']);
  });
});
