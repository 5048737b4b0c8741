import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReplayRuntime } from '../../../src-main/app/replay-runtime';
import { runUnattendedApp } from '../../../src-main/app/unattended/run';
import { MachineCatalog } from '../../../src-main/host/machines';
import type { Runtime, TerminalService } from '../../../src-main/ipc/runtime';
import { getResume, saveResume } from '../../../src-main/services/resume';

function quietTerminal(): TerminalService {
  const none = () => undefined;
  return {
    open: () => ({ sessionId: 's', title: 't' }),
    input: none,
    resize: none,
    ack: none,
    close: () => true,
    openCaptured: () => ({ sessionId: 's', write: none, end: none }) as never,
    dispose: none,
  };
}

function setup(machine: string, preset: object | string | null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-run-'));
  const runtime: Runtime = createReplayRuntime({
    emit: () => undefined,
    terminal: quietTerminal(),
    machines: null,
    transcript: new MachineCatalog().get(machine),
    readOnly: false,
    shell: null,
    dataDir: path.join(dir, 'scratch'),
  });
  const file = path.join(dir, 'lab.preset.json');
  if (preset !== null) fs.writeFileSync(file, typeof preset === 'string' ? preset : JSON.stringify(preset));
  const logDir = path.join(dir, 'logs');
  const log = () => fs.readFileSync(path.join(logDir, 'unattended.log'), 'utf8');
  return { runtime, file, logDir, log, exeDir: dir };
}

const exePath = 'C:\\Apps\\Go on WSL Setup\\Go on WSL Setup.exe';

describe('the unattended runner (log, report, exit code, resume state)', () => {
  it('no preset at all: exit 2 and says how to give one; nothing runs', async () => {
    const s = setup('win11-healthy', null);
    const r = await runUnattendedApp({ runtime: s.runtime, argv: ['--unattended'], exeDir: s.exeDir, exePath, logDir: s.logDir });
    expect(r).toMatchObject({ exitCode: 2, outcome: null, line: 'RESULT invalid-preset exit=2' });
    expect(s.log()).toContain('no preset: give --preset FILE or put go-wsl-setup.preset.json next to the app');
    expect(s.runtime.facts.preflight).toBeNull();
  });

  it('a preset next to the exe is used without --preset', async () => {
    const s = setup('win11-healthy', null);
    fs.writeFileSync(path.join(s.exeDir, 'go-wsl-setup.preset.json'), '{"format":"go-wsl-setup.preset/1","lockd":1}');
    const r = await runUnattendedApp({ runtime: s.runtime, argv: ['--unattended'], exeDir: s.exeDir, exePath, logDir: s.logDir });
    expect(r.exitCode).toBe(2);
    expect(s.log()).toMatch(/go-wsl-setup\.preset\.json: invalid, 1 problem/);
  });

  it('a distro with no side to read (replay only): stops at Distro with exit 4, writes the redacted report, clears the resume state', async () => {
    const s = setup('win11-healthy', { format: 'go-wsl-setup.preset/1', distro: { value: { name: 'Ubuntu-24.04' } } });
    // A resume state left from an earlier restart is cleared when the run ends any other way.
    await saveResume(s.runtime, 'preflight', 'features-enabled', { exePath });
    const r = await runUnattendedApp({ runtime: s.runtime, argv: ['--unattended', '--preset', s.file, '--resume'], exeDir: s.exeDir, exePath, logDir: s.logDir });
    expect(r).toMatchObject({ exitCode: 4, runOnce: null, resumeArgv: null });
    expect(r.outcome).toMatchObject({ kind: 'needs-person', step: 'distro', catalogId: 'UNATTENDED_NEEDS_CHOICE' });
    expect(s.log()).toContain('resumed at preflight after a restart (features-enabled)');
    expect(s.log()).toContain('RESULT needs-person exit=4 step=distro id=UNATTENDED_NEEDS_CHOICE');
    const report = JSON.parse(fs.readFileSync(path.join(s.logDir, 'unattended-report.json'), 'utf8')) as { transcript: { entries: { probe: string }[] } };
    expect(report.transcript.entries.map((e) => e.probe)).toContain('win.facts');
    expect((await getResume(s.runtime)).state).toBeNull();
  });

  it('a restart: exit 3, the resume state kept, RunOnce registered with the same unattended run', async () => {
    const s = setup('win11-vmp-missing', { format: 'go-wsl-setup.preset/1' });
    const r = await runUnattendedApp({ runtime: s.runtime, argv: ['--unattended', '--preset', s.file], exeDir: s.exeDir, exePath, logDir: s.logDir });
    expect(r.exitCode).toBe(3);
    expect(r.runOnce).toBe(`"${exePath}" --resume --unattended --preset ${s.file}`);
    expect(r.resumeArgv).toEqual(['--resume', '--unattended', '--preset', s.file]);
    expect((await getResume(s.runtime)).state).toMatchObject({ step: 'preflight', reason: 'features-enabled', runOnce: true });
  });
});
