import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TerminalManager } from '../../../src-main/terminal';
import { fakeSpawner } from './fake-pty';
import { recorder, waitFor } from './recorder';

const launch = { file: '/bin/sh', args: [], title: 'sh' };
const sample = 'go version go1.22.5 linux/amd64 — 安装完成 ✅ 😀👩‍💻 Ünïcödé 中文字符 \x1b[31m红色\x1b[0m\r\n';

/** Split `bytes` at the given offsets. */
function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe('pty output split across reads', () => {
  it('reassembles CJK and emoji split at every byte position', async () => {
    const bytes = new TextEncoder().encode(sample);
    for (let cut = 1; cut < bytes.length; cut++) {
      const rec = recorder();
      const { spawn, ptys } = fakeSpawner();
      const m = new TerminalManager({ emit: rec.emit, spawn, batch: { intervalMs: 0, maxBytes: 7 } });
      const { sessionId } = m.open(launch, { cols: 80, rows: 24 });
      m.ack(sessionId, 0);
      ptys[0]!.push(bytes.subarray(0, cut));
      ptys[0]!.push(bytes.subarray(cut));
      ptys[0]!.exit(0);
      await waitFor('exit', () => rec.exit(sessionId) !== undefined, 2000);
      const text = rec.text(sessionId);
      expect(text).toBe(sample);
      expect(text).not.toContain('\ufffd');
      // Every batch decodes on its own: none starts or ends inside a character (fatal decoder).
      for (const d of rec.data(sessionId)) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(d)).not.toThrow();
    }
  });

  it('reassembles arbitrary text split into arbitrary chunks (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.nat(400), { maxLength: 12 }), async (s, cuts) => {
        const rec = recorder();
        const { spawn, ptys } = fakeSpawner();
        const m = new TerminalManager({ emit: rec.emit, spawn, batch: { intervalMs: 0, maxBytes: 5 } });
        const { sessionId } = m.open(launch, { cols: 80, rows: 24 });
        m.ack(sessionId, 0);
        for (const part of split(new TextEncoder().encode(s), cuts)) ptys[0]!.push(part);
        ptys[0]!.exit(0);
        await waitFor('exit', () => rec.exit(sessionId) !== undefined, 2000);
        expect(rec.text(sessionId)).toBe(s);
      }),
      { numRuns: 150 },
    );
  });

  it('still delivers the bytes of a character cut off by the end of the stream (xterm shows them as U+FFFD)', async () => {
    const rec = recorder();
    const { spawn, ptys } = fakeSpawner();
    const m = new TerminalManager({ emit: rec.emit, spawn });
    const { sessionId } = m.open(launch, { cols: 80, rows: 24 });
    m.ack(sessionId, 0);
    ptys[0]!.push(new Uint8Array([0x61, 0xe4, 0xb8])); // 'a' + 2 of the 3 bytes of 中
    ptys[0]!.exit(1);
    await waitFor('exit', () => rec.exit(sessionId) !== undefined, 2000);
    expect([...Buffer.concat(rec.data(sessionId))]).toEqual([0x61, 0xe4, 0xb8]);
    expect(new TextDecoder().decode(Buffer.concat(rec.data(sessionId)))).toBe('a\ufffd');
    expect(rec.exit(sessionId)).toEqual({ sessionId, exitCode: 1, signal: null });
  });
});
