import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MachineCatalog } from '../../../src-main/host/machines';
import { RecordingHost } from '../../../src-main/host/recording-host';
import { ReplayHost } from '../../../src-main/host/replay-host';
import type { CapturedHandle } from '../../../src-main/terminal';
import { runLive, type LiveDeps } from '../../../src-main/services/live-run';
import { runPreflight } from '../../../src-main/services/preflight';
import { buildSessionReport } from '../../../src-main/services/report';
import { FileResumeStore, getResume, saveResume, setResumeStore, type ResumeDeps } from '../../../src-main/services/resume';
import { runFix } from '../../../src-main/services/wsl';

/**
 * The services that used to take the whole Runtime (a locator) now take what
 * they use. Each is built here from two fakes, a host (a recorded machine)
 * and a Terminal that keeps what it was shown, with no Runtime anywhere.
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));

class FakeTerminal {
  readonly sessions: { title: string; text: string; ended: [number | null, string | null] | null }[] = [];
  openCaptured(title: string): CapturedHandle {
    const s = { title, text: '', ended: null as [number | null, string | null] | null };
    this.sessions.push(s);
    return { sessionId: `s${this.sessions.length}`, write: (t) => void (s.text += t), end: (c, sig) => void (s.ended = [c, sig]) };
  }
}

function twoFakes(id: string) {
  const host = new ReplayHost(catalog.get(id), { readOnly: false, maxReplayMs: 0, strict: true });
  const terminal = new FakeTerminal();
  const deps: LiveDeps = { host: () => host, terminal };
  return { host, terminal, deps };
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gws-narrow-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('services built from a host and a terminal, without a Runtime', () => {
  it('live-run shows the command and how it ended', async () => {
    const { terminal, deps } = twoFakes('win11-healthy');
    const r = await runLive(deps, { id: 'wsl.version', argv: ['C:\\Windows\\System32\\wsl.exe', '--version'], title: 'wsl --version' });
    expect(r.exitCode).toBe(0);
    expect(terminal.sessions).toHaveLength(1);
    expect(terminal.sessions[0]).toMatchObject({ title: 'wsl --version', ended: [0, null] });
    expect(terminal.sessions[0]!.text).toContain('$ wsl.exe --version');
  });

  it('preflight and a fix run on the recorded machine and show every command', async () => {
    const { terminal, deps } = twoFakes('win11-vmp-missing');
    const before = await runPreflight(deps);
    expect(before.checks.find((c) => c.id === 'vmp-feature')).toMatchObject({ status: 'fail', fixAction: 'windows.enable-features' });
    expect(terminal.sessions.length).toBe(3);
    const fix = await runFix(deps, 'windows.enable-features');
    expect(fix).toMatchObject({ outcome: 'reboot-required', reboot: { required: true, reasons: ['features-enabled'] } });
    expect(terminal.sessions.some((s) => s.title.startsWith('DISM'))).toBe(true);
  });

  it('resume keeps its state per machine from the same two fakes plus the machine id', async () => {
    const { deps } = twoFakes('win11-vmp-missing');
    const resume: ResumeDeps = { ...deps, currentMachine: () => ({ id: 'win11-vmp-missing' }) };
    setResumeStore(resume, new FileResumeStore(dir));
    const saved = await saveResume(resume, 'wsl', null, { exePath: 'C:\\app.exe' });
    expect(saved).toMatchObject({ runOnce: true, state: { step: 'wsl', machine: 'win11-vmp-missing' } });
    expect((await getResume(resume)).state?.step).toBe('wsl');
    const other: ResumeDeps = { ...deps, currentMachine: () => ({ id: 'another' }) };
    setResumeStore(other, new FileResumeStore(dir));
    expect((await getResume(other)).state).toBeNull();
  });

  it('the report is built from a recording host and the last preflight', async () => {
    const { host, deps } = twoFakes('win11-healthy');
    const recording = new RecordingHost(host);
    const preflight = await runPreflight({ ...deps, host: () => recording });
    const built = buildSessionReport(
      { host: () => recording, facts: { preflight }, info: { version: '9.9.9', osLocale: 'en-US' } },
      { redact: true, lang: 'en', now: () => new Date('2026-01-01T00:00:00Z') },
    );
    expect(JSON.stringify(built)).toContain('9.9.9');
    expect(JSON.stringify(built)).toContain('wsl.version');
  });
});
