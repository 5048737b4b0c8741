import { describe, expect, it } from 'vitest';
import { TerminalManager } from '../../../src-main/terminal';
import { recorder, sleep, waitFor } from './recorder';

/** A real pty that prints `total` bytes of 80-column lines as fast as it can, then exits. */
function flood(total: number) {
  const script = `const line = 'x'.repeat(79) + '\\n'; let left = ${total};
function go() { while (left > 0) { const n = Math.min(left, 65536); left -= n;
  if (!process.stdout.write(line.repeat(Math.ceil(n / 80)).slice(0, n))) return process.stdout.once('drain', go); } }
go();`;
  // stty -onlcr: the tty would otherwise turn every '\\n' into '\\r\\n' and the byte count would not match.
  return { file: '/bin/sh', args: ['-c', `stty -onlcr; exec "${process.execPath}" -e "$FLOOD"`], env: { FLOOD: script }, title: 'flood' };
}

describe('flow control on a real pty', () => {
  it('pauses a flooding pty at the high watermark and resumes it as acks arrive', async () => {
    const rec = recorder();
    const high = 64 * 1024;
    const m = new TerminalManager({ emit: rec.emit, flow: { highWatermark: high, lowWatermark: 16 * 1024 }, batch: { maxBytes: 64 * 1024 } });
    const total = 8 * 1024 * 1024;
    const { sessionId } = m.open(flood(total), { cols: 80, rows: 24 });

    // Nothing is sent before a view attaches.
    await sleep(300);
    expect(rec.data(sessionId)).toEqual([]);
    m.ack(sessionId, 0);

    // Attached but never acking: the pty must stop, not buffer 8 MiB in main.
    await waitFor('the first pause', () => (m.stats().sessions[0]?.pauses ?? 0) >= 1);
    await sleep(300);
    const stalled = rec.bytes(sessionId);
    await sleep(300);
    expect(rec.bytes(sessionId)).toBe(stalled);
    expect(stalled).toBeGreaterThanOrEqual(high);
    expect(stalled).toBeLessThan(high + 64 * 1024 + 1); // at most one batch beyond the mark
    expect(m.stats().sessions[0]?.exited).toBe(false); // it is blocked, not finished

    // Ack like a renderer would, one batch at a time, until the flood is through.
    let acked = 0;
    const deadline = Date.now() + 20_000;
    while (rec.exit(sessionId) === undefined && Date.now() < deadline) {
      const received = rec.bytes(sessionId);
      if (received > acked) {
        m.ack(sessionId, received - acked);
        acked = received;
      }
      await sleep(1);
    }
    expect(rec.exit(sessionId)).toEqual({ sessionId, exitCode: 0, signal: null });
    expect(rec.bytes(sessionId)).toBe(total);
    const s = m.stats();
    expect(s.sessions[0]!.pauses).toBeGreaterThan(1);
    // Held for the renderer at most the high mark plus a batch and a pty read, in bytes (ASCII here).
    expect(s.peakBufferedBytes).toBeLessThan(high + 2 * 64 * 1024);
    await m.dispose();
  });

  it('does not lose the tail when the shell exits while the session is paused', async () => {
    // node-pty destroys the pty socket 200 ms after the shell exits unless it was read to the end.
    const rec = recorder();
    const m = new TerminalManager({ emit: rec.emit, flow: { highWatermark: 4096, lowWatermark: 1024 } });
    // A first burst that trips the pause, then a tail small enough for the kernel's pty buffer
    // (a few KiB here), so the writer finishes and exits while nobody reads.
    const script = "process.stdout.write('a'.repeat(5000)); setTimeout(() => process.stdout.write('b'.repeat(3000)), 150);";
    const total = 8000;
    const { sessionId } = m.open(
      { file: '/bin/sh', args: ['-c', `stty -onlcr; exec "${process.execPath}" -e "$TAIL"`], env: { TAIL: script }, title: 'tail' },
      { cols: 80, rows: 24 },
    );
    m.ack(sessionId, 0);
    await waitFor('the pause', () => (m.stats().sessions[0]?.pauses ?? 0) >= 1);
    await sleep(800); // well past the 200 ms: the shell has exited meanwhile
    let acked = 0;
    const deadline = Date.now() + 10_000;
    while (rec.exit(sessionId) === undefined && Date.now() < deadline) {
      const received = rec.bytes(sessionId);
      if (received > acked) {
        m.ack(sessionId, received - acked);
        acked = received;
      }
      await sleep(5);
    }
    expect(rec.text(sessionId)).toBe('a'.repeat(5000) + 'b'.repeat(3000));
    expect(rec.bytes(sessionId)).toBe(total);
    // The exit comes after the last data.
    const last = rec.events.filter((e) => e.payload.sessionId === sessionId).at(-1);
    expect(last?.event).toBe('terminal.exit');
    await m.dispose();
  });
});
