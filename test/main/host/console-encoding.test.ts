import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ConsoleEncoding, recordedBytes } from '../../../src-main/host/console-encoding';
import { RecordingHost } from '../../../src-main/host/recording-host';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { runProcess } from '../../../src-main/host/runner';
import type { CommandSpec, RunResult } from '../../../src-main/host/types';
import { wslActions } from '../../../src-main/services/wsl/commands';
import { windowsFactsSpec } from '../../../src-main/host/commands/windows-facts';
import { wslCommands } from '../../../src-main/host/commands/wsl';
import { Transcript, TRANSCRIPT_FORMAT } from '../../../src-shared/transcript/schema';

// The restart question of a zh-CN DISM (test/fixtures/real/win/dism-enable-feature-reboot-zh-CN-01.txt).
const DISM_ZH = '启用一个或多个功能\r\n[==========================100.0%==========================]\r\n操作成功完成。\r\n重新启动 Windows 以完成该操作。\r\n';
// What the facts script prints now: non-ASCII escaped, so the bytes are ASCII in any code page.
const FACTS_ESCAPED = '{"schema":1,"productName":"Microsoft Windows 10 \\u5bb6\\u5ead\\u4e2d\\u6587\\u7248","consoleCodePage":936}';
// What an old facts script printed from PowerShell 5.1: ConvertTo-Json leaves 家庭中文版 as is, in GBK.
const FACTS_OLD = '{"schema":1,"productName":"Microsoft Windows 10 家庭中文版","architecture":"64 位"}';

function machine(entries: unknown[]): Transcript {
  return Transcript.parse({
    format: TRANSCRIPT_FORMAT,
    machine: { id: 'enc-test', title: { en: 'T', 'zh-CN': 'T' }, description: { en: 'd', 'zh-CN': 'd' }, locale: 'zh-CN', consoleCodePage: 936 },
    entries,
  });
}

describe('ConsoleEncoding', () => {
  const dism = wslActions.enableFeatures();
  const result = (stdout: string, encoding: RunResult['encoding']['stdout'] = 'utf8'): RunResult => ({
    id: 'win.facts',
    argv: [],
    exitCode: 0,
    signal: null,
    stdout,
    stderr: '',
    stdoutBytes: new Uint8Array(),
    stderrBytes: new Uint8Array(),
    encoding: { stdout: encoding, stderr: 'utf8' },
    timedOut: false,
    cancelled: false,
    durationMs: 1,
  });

  it('detects until the facts report the code page, then decodes every console tool with it; wsl.exe stays detected', () => {
    const c = new ConsoleEncoding();
    expect(c.resolve(dism)).toBe('auto');
    c.observe(windowsFactsSpec(), result(FACTS_ESCAPED));
    expect(c.encoding).toBe('gbk');
    expect(c.resolve(dism)).toBe('gbk');
    expect(c.resolve(wslCommands.status())).toBe('auto');
    expect(c.resolve({ ...dism, decode: 'utf16le' })).toBe('utf16le');
    expect(c.resolve({ id: 'x', argv: ['C:\\Windows\\System32\\wsl.exe'], decode: 'console' })).toBe('gbk');
  });

  it('learns the page an old facts output was detected in, and ignores other probes and failed runs', () => {
    const c = new ConsoleEncoding();
    c.observe({ id: 'wsl.status', argv: ['wsl.exe'] }, result('{"consoleCodePage":936}'));
    c.observe(windowsFactsSpec(), { ...result('{"consoleCodePage":936}'), exitCode: 1 });
    expect(c.encoding).toBe(null);
    c.observe(windowsFactsSpec(), result(FACTS_OLD, 'gbk'));
    expect(c.encoding).toBe('gbk');
    const utf8 = new ConsoleEncoding();
    utf8.observe(windowsFactsSpec(), result('{"consoleCodePage":65001}'));
    expect(utf8.encoding).toBe('utf8');
  });
});

describe('ReplayHost: recorded GBK becomes GBK bytes, and the app decodes them', () => {
  it('replays the escaped facts, learns 936, and reads a GBK DISM answer as Chinese', async () => {
    const host = new ReplayHost(
      machine([
        { probe: 'win.facts', exitCode: 0, stdout: { text: FACTS_ESCAPED, encoding: 'gbk' } },
        { probe: 'windows.enable-features', exitCode: 3010, stdout: { text: DISM_ZH, encoding: 'gbk' } },
      ]),
      { readOnly: false, maxReplayMs: 0 },
    );
    await host.run(windowsFactsSpec());
    const r = await host.run(wslActions.enableFeatures());
    expect(Buffer.from(r.stdoutBytes).equals(iconv.encode(DISM_ZH, 'gbk'))).toBe(true);
    expect(r.encoding.stdout).toBe('gbk');
    expect(r.stdout).toBe(DISM_ZH);
  });

  it('reads old unescaped GBK facts by detection (no code page reported yet)', async () => {
    const host = new ReplayHost(machine([{ probe: 'win.facts', exitCode: 0, stdout: { text: FACTS_OLD, encoding: 'cp936' } }]), { readOnly: true, maxReplayMs: 0 });
    const r = await host.run(windowsFactsSpec());
    expect(r.stdout).toBe(FACTS_OLD);
    expect(host.console.encoding).toBe('gbk');
  });

  it('shows CLIXML on stderr as the plain error text, live and in the result', async () => {
    const clixml =
      '#< CLIXML\r\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><S S="Error">New-Object : Cannot create type._x000D__x000A_</S></Objs>';
    const host = new ReplayHost(machine([{ probe: 'windows.enable-features', exitCode: 1, stderr: { text: clixml } }]), { readOnly: false, maxReplayMs: 0 });
    const live: string[] = [];
    const r = await host.run(wslActions.enableFeatures(), { onOutput: (_s, t) => live.push(t) });
    expect(r.stderr).toBe('New-Object : Cannot create type.\r\n');
    expect(live.join('')).toBe('New-Object : Cannot create type.\r\n');
    expect(new TextDecoder().decode(r.stderrBytes)).toContain('#< CLIXML'); // the bytes stay as PowerShell wrote them
  });
});

describe('recording keeps the encoding the host decoded with', () => {
  it('a GBK answer is recorded as gbk text and replays as the same bytes', async () => {
    const inner = new ReplayHost(
      machine([
        { probe: 'win.facts', exitCode: 0, stdout: { text: FACTS_ESCAPED } },
        { probe: 'windows.enable-features', exitCode: 3010, stdout: { text: DISM_ZH, encoding: 'gbk' } },
      ]),
      { readOnly: false, maxReplayMs: 0 },
    );
    const rec = new RecordingHost(inner);
    await rec.run(windowsFactsSpec());
    const original = await rec.run(wslActions.enableFeatures());
    const entry = rec.entries().find((e) => e.probe === 'windows.enable-features');
    expect(entry?.stdout).toEqual({ text: DISM_ZH, encoding: 'gbk' });
    expect(Buffer.from(recordedBytes(entry?.stdout)).equals(Buffer.from(original.stdoutBytes))).toBe(true);
  });
});

describe('runProcess: CLIXML on a real pipe', () => {
  it('turns a process writing PowerShell-style CLIXML on stderr into plain text, chunked anywhere', async () => {
    const clixml = '#< CLIXML\r\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><S S="Error">boom_x000D__x000A_</S><S S="Error">At line:1 char:1_x000D__x000A_</S></Objs>';
    const script = `const b = Buffer.from(${JSON.stringify(clixml)}); let i = 0; const t = setInterval(() => { process.stderr.write(b.subarray(i, i + 7)); i += 7; if (i >= b.length) clearInterval(t); }, 1);`;
    const spec: CommandSpec = { id: 'test', argv: [process.execPath, '-e', script] };
    const live: string[] = [];
    const r = await runProcess(spec, { onOutput: (s, t) => s === 'stderr' && live.push(t) }, { baseEnv: process.env });
    expect(r.stderr).toBe('boom\r\nAt line:1 char:1\r\n');
    expect(live.join('')).toBe(r.stderr);
  });
});

describe('WindowsHost: the code page the facts report wins over guessing', () => {
  it('reads a short GBK answer that is also valid UTF-8 (没 is C3 BB, "û" in UTF-8) as GBK once the facts said 936', async () => {
    const { WindowsHost } = await import('../../../src-main/host/windows-host');
    const host = new WindowsHost(null, process.env);
    const gbk = JSON.stringify([...iconv.encode('没\r\n', 'gbk')]);
    const tool: CommandSpec = { id: 'reg.query', argv: [process.execPath, '-e', `process.stdout.write(Buffer.from(${gbk}))`] };
    const before = await host.run(tool);
    expect(before.stdout).toBe('û\r\n'); // undecidable alone: detection says UTF-8
    await host.run({ ...windowsFactsSpec(), argv: [process.execPath, '-e', `process.stdout.write(${JSON.stringify(FACTS_ESCAPED)})`] });
    expect(host.console.encoding).toBe('gbk');
    const after = await host.run(tool);
    expect(after.encoding.stdout).toBe('gbk');
    expect(after.stdout).toBe('没\r\n');
  });
});
