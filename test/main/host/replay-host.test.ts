import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { Transcript, TRANSCRIPT_FORMAT } from '../../../src-shared/transcript/schema';
import { wslCommands } from '../../../src-main/host/commands/wsl';
import type { CommandSpec } from '../../../src-main/host/types';

const machine = Transcript.parse({
  format: TRANSCRIPT_FORMAT,
  machine: { id: 'test-machine', title: { en: 'Test', 'zh-CN': '测试' }, description: { en: 'd', 'zh-CN': '描述' } },
  entries: [
    { probe: 'wsl.status', exitCode: 0, stdout: { text: 'Default Version: 2\r\n', encoding: 'utf16le' } },
    { probe: 'wsl.install', phase: 'start', exitCode: 1, stdout: { text: 'Error code: Wsl/InstallDistro/0x80072f76\r\n', encoding: 'utf16le' } },
    { probe: 'wsl.install', phase: 'start', exitCode: 0, stdout: { text: 'The requested operation is successful. Changes will not be effective until the system is rebooted.\r\n' }, then: { phase: 'needs-reboot' } },
    { probe: 'system.reboot', phase: 'needs-reboot', exitCode: 0, then: { phase: 'rebooted' } },
    { probe: 'wsl.version', phase: 'rebooted', exitCode: 0, stdout: { text: 'WSL version: 2.3.26.0\r\n', encoding: 'utf16le-bom' } },
    { probe: 'wsl.install-distro', key: 'Ubuntu-24.04', exitCode: 0, stdout: { text: 'ok' } },
    { probe: 'wsl.install-distro', exitCode: 1, stdout: { text: 'generic' } },
  ],
});
const install: CommandSpec = { id: 'wsl.install', argv: ['wsl.exe', '--install'], mutates: true };

describe('ReplayHost', () => {
  it('answers with the recorded raw bytes, decoded like the real output', async () => {
    const host = new ReplayHost(machine, { readOnly: false, maxReplayMs: 0 });
    const r = await host.run(wslCommands.status());
    expect(r.exitCode).toBe(0);
    expect(r.encoding.stdout).toBe('utf16le');
    expect(Array.from(r.stdoutBytes.slice(0, 4))).toEqual([0x44, 0, 0x65, 0]);
    expect(r.stdout).toBe('Default Version: 2\r\n');
  });

  it('walks a machine through failure, success, reboot: answers in turn and moves phases', async () => {
    const host = new ReplayHost(machine, { readOnly: false, maxReplayMs: 0 });
    expect((await host.run(install)).exitCode).toBe(1);
    expect((await host.run(install)).exitCode).toBe(0);
    expect(host.phase).toBe('needs-reboot');
    expect((await host.run(wslCommands.version())).exitCode).toBe(127); // not recorded before the reboot
    await host.run({ id: 'system.reboot', argv: ['shutdown.exe', '/r'], mutates: true });
    expect(host.phase).toBe('rebooted');
    const v = await host.run(wslCommands.version());
    expect(v.stdout).toBe('WSL version: 2.3.26.0\r\n');
    expect(host.processCount).toBe(5);
  });

  it('prefers an answer recorded for the same key', async () => {
    const host = new ReplayHost(machine, { readOnly: false, maxReplayMs: 0 });
    const spec = (key: string): CommandSpec => ({ id: 'wsl.install-distro', key, argv: ['wsl.exe'] });
    expect((await host.run(spec('Ubuntu-24.04'))).stdout).toBe('ok');
    expect((await host.run(spec('Debian'))).stdout).toBe('generic');
  });

  it('refuses actions when replaying a report read-only, and runs nothing', async () => {
    const host = new ReplayHost(machine, { readOnly: true, maxReplayMs: 0 });
    await expect(host.run(install)).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.code === 'READ_ONLY');
    expect(host.processCount).toBe(0);
    expect((await host.run(wslCommands.status())).exitCode).toBe(0);
  });

  it('streams output live and stops when cancelled', async () => {
    const long = Transcript.parse({
      ...machine,
      entries: [{ probe: 'slow', exitCode: 0, durationMs: 2000, stdout: { text: Array.from({ length: 40 }, (_, i) => `line ${i}\n`).join('') } }],
    });
    const host = new ReplayHost(long, { readOnly: false, maxReplayMs: 400 });
    const ac = new AbortController();
    const seen: string[] = [];
    setTimeout(() => ac.abort(), 150);
    const r = await host.run({ id: 'slow', argv: ['x'] }, { signal: ac.signal, onOutput: (_s, t) => seen.push(t) });
    expect(r.cancelled).toBe(true);
    expect(r.exitCode).toBeNull();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.join('')).not.toContain('line 39');
  });

  it('rejects malformed transcripts with a clear reason', () => {
    const bad = Transcript.safeParse({ format: TRANSCRIPT_FORMAT, machine: { id: 'x y', title: {}, description: {} }, entries: [] });
    expect(bad.success).toBe(false);
  });
});

describe('ReplayHost pacing', () => {
  it('leaves no abort listener behind on a signal shared by many runs (MaxListenersExceededWarning on long replays)', async () => {
    const { EventEmitter } = await import('node:events');
    const slow = Transcript.parse({
      format: TRANSCRIPT_FORMAT,
      machine: { id: 'slow', title: { en: 'Slow', 'zh-CN': '慢' }, description: { en: 'd', 'zh-CN': '描述' } },
      entries: [{ probe: 'wsl.status', exitCode: 0, durationMs: 20, stdout: { text: 'a\nb\nc\nd\n' } }],
    });
    const host = new ReplayHost(slow, { readOnly: false, maxReplayMs: 20 });
    const ac = new AbortController();
    for (let i = 0; i < 5; i++) expect((await host.run(wslCommands.status(), { signal: ac.signal })).exitCode).toBe(0);
    expect(EventEmitter.getEventListeners(ac.signal, 'abort')).toHaveLength(0);
  });
});
