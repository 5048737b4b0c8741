import { describe, expect, it } from 'vitest';
import { RecordingHost, recordingOf, specSecrets } from '../../../src-main/host/recording-host';
import { ReplayHost, toBytes } from '../../../src-main/host/replay-host';
import type { CommandSpec, Host, RunResult } from '../../../src-main/host/types';
import { encodeUtf16le } from '../../../src-shared/util/decode';
import { TRANSCRIPT_FORMAT, type Transcript } from '../../../src-shared/transcript/schema';

/** A host that answers every spec with given bytes (and remembers the specs). */
function fakeHost(answer: (spec: CommandSpec) => Partial<RunResult> & { out?: Uint8Array; err?: Uint8Array }): Host & { seen: CommandSpec[] } {
  const seen: CommandSpec[] = [];
  return {
    kind: 'windows',
    readOnly: false,
    processCount: 0,
    seen,
    shell: () => null,
    async run(spec) {
      seen.push(spec);
      const a = answer(spec);
      const out = a.out ?? new Uint8Array();
      const err = a.err ?? new Uint8Array();
      return {
        id: spec.id, argv: spec.argv, exitCode: 0, signal: null, stdout: '', stderr: '', stdoutBytes: out, stderrBytes: err,
        encoding: { stdout: 'utf8', stderr: 'utf8' }, timedOut: false, cancelled: false, durationMs: 12.6, ...a,
      };
    },
  };
}
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('RecordingHost', () => {
  it('records id, key, output, exit code and duration, and passes the result through unchanged', async () => {
    const inner = fakeHost(() => ({ out: utf8('hello\n'), err: utf8('warn\n'), exitCode: 3 }));
    const host = new RecordingHost(inner);
    const r = await host.run({ id: 'wsl.version', key: 'k', argv: ['wsl.exe'] });
    expect(r.exitCode).toBe(3);
    expect(host.entries()).toEqual([
      { probe: 'wsl.version', key: 'k', exitCode: 3, stdout: { text: 'hello\n', encoding: 'utf8' }, stderr: { text: 'warn\n', encoding: 'utf8' }, durationMs: 13, source: 'recorded' },
    ]);
    expect(recordingOf(host)).toBe(host);
    expect(recordingOf(inner)).toBeNull();
  });

  it('never records stdin, and scrubs a password given on stdin or in the environment from the output', async () => {
    const password = 'Correct-Horse-9';
    const inner = fakeHost((spec) => ({ out: utf8(`echo: ${String(spec.stdin)} proxy=${spec.env?.GWS_PROXY ?? ''}`) }));
    const host = new RecordingHost(inner);
    await host.run({ id: 'distro.create-user', argv: ['wsl.exe'], stdin: `set -e\nread -r p\n${password}\n`, env: { GWS_PROXY: 'http://u:p%40ss@proxy:8080' } });
    const json = JSON.stringify(host.entries());
    expect(inner.seen[0]!.stdin).toContain(password);
    expect(json).not.toContain(password);
    expect(json).not.toContain('p%40ss');
    expect(json).not.toContain('stdin');
    expect(json).not.toContain('GWS_PROXY');
  });

  it('keeps a UTF-16LE answer UTF-16LE (with its BOM), so the replay gives back the same bytes', async () => {
    const text = '适用于 Linux 的 Windows 子系统\r\n';
    const bytes = encodeUtf16le(text, true);
    const host = new RecordingHost(fakeHost(() => ({ out: bytes })));
    await host.run({ id: 'wsl.status', argv: ['wsl.exe'], decode: 'auto' });
    const entry = host.entries()[0]!;
    expect(entry.stdout).toEqual({ text, encoding: 'utf16le-bom' });
    expect([...toBytes(entry.stdout)]).toEqual([...bytes]);
  });

  it('marks a timed-out or cancelled run with a null exit code, keeps only the tail of a flood, and bounds the entries', async () => {
    const flood = 'x'.repeat(200 * 1024) + 'THE END';
    const host = new RecordingHost(fakeHost((spec) => ({ out: utf8(spec.id === 'big' ? flood : 'ok'), timedOut: spec.id === 'slow', exitCode: spec.id === 'slow' ? null : 0 })));
    await host.run({ id: 'slow', argv: ['x'] });
    await host.run({ id: 'big', argv: ['x'] });
    const [slow, big] = host.entries();
    expect(slow).toMatchObject({ exitCode: null, source: 'recorded (timed out)' });
    const bigText = big!.stdout && 'text' in big!.stdout ? big!.stdout.text : '';
    expect(bigText.endsWith('THE END')).toBe(true);
    expect(bigText.length).toBeLessThan(140 * 1024);
    for (let i = 0; i < 2100; i++) await host.run({ id: `n${i}`, argv: ['x'] });
    const entries = host.entries();
    expect(entries.length).toBe(2000);
    expect(host.droppedCount).toBe(2102 - 2000);
    expect(entries[0]!.probe).toBe('slow');
    expect(entries.at(-1)!.probe).toBe('n2099');
  });

  it('remembers distro users (not root) as names to mask', async () => {
    const host = new RecordingHost(fakeHost(() => ({})), { users: ['WinUser'], hosts: ['PC1'] });
    await host.run({ id: 'a', argv: ['x'], distro: { name: 'U', user: 'dana', args: [] } });
    await host.run({ id: 'b', argv: ['x'], distro: { name: 'U', user: 'root', args: [] } });
    expect(host.knownNames()).toEqual({ users: ['WinUser', 'dana'], hosts: ['PC1'] });
  });

  it('passes a replay refusal through and records nothing for it', async () => {
    const t: Transcript = { format: TRANSCRIPT_FORMAT, machine: { id: 'm', title: { en: 'm', 'zh-CN': 'm' }, description: { en: 'm', 'zh-CN': 'm' } }, initialPhase: 'start', entries: [] };
    const host = new RecordingHost(new ReplayHost(t, { readOnly: true }));
    await expect(host.run({ id: 'wsl.install', argv: ['x'], mutates: true })).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(host.entries()).toEqual([]);
    expect(host.readOnly).toBe(true);
    expect(host.kind).toBe('replay');
  });

  it('specSecrets: env credentials in every form, the stdin payload line; ordinary env values are not secrets', () => {
    expect(specSecrets({ id: 'x', argv: [], env: { WSL_UTF8: '1', GWS_PROXY: 'http://a:b%26c@h:1' }, stdin: 'script\npw123\n' })).toEqual(
      expect.arrayContaining(['http://a:b%26c@h:1', 'b%26c', 'b&c', 'a:b%26c', 'pw123']),
    );
    expect(specSecrets({ id: 'x', argv: [], env: { WSL_UTF8: '1', WSLENV: 'GWS_PROXY/u' } })).toEqual([]);
  });
});
