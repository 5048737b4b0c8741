import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TerminalManager } from '../../../src-main/terminal';
import { FlowControl } from '../../../src-main/terminal/flow-control';
import { fakeSpawner } from './fake-pty';
import { recorder } from './recorder';

const launch = { file: '/bin/sh', args: [], title: 'sh' };
const KiB = 1024;

describe('FlowControl.setLimits', () => {
  it('pauses at once when a smaller window is already exceeded, and resumes when a larger one allows', () => {
    const f = new FlowControl({ highWatermark: 1000, lowWatermark: 500 });
    f.sent(300);
    f.setLimits({ highWatermark: 200, lowWatermark: 100 });
    expect(f.paused).toBe(true);
    expect(f.pauses).toBe(1);
    f.setLimits({ highWatermark: 1000, lowWatermark: 500 });
    expect(f.paused).toBe(false);
    expect(() => f.setLimits({ highWatermark: 10, lowWatermark: 10 })).toThrow(RangeError);
  });
});

describe('interactive window: typing during a flood', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function flooding() {
    const rec = recorder();
    const { spawn, ptys } = fakeSpawner();
    const m = new TerminalManager({
      emit: rec.emit,
      spawn,
      batch: { intervalMs: 5, maxBytes: 16 * KiB },
      flow: { highWatermark: 256 * KiB, lowWatermark: 128 * KiB, interactive: { highWatermark: 32 * KiB, lowWatermark: 16 * KiB, batchBytes: 4 * KiB, echoCreditBytes: 16 * KiB, holdMs: 1000 } },
    });
    const { sessionId } = m.open(launch, { cols: 80, rows: 24 });
    m.ack(sessionId, 0);
    const pty = ptys[0]!;
    const chunk = new Uint8Array(16 * KiB).fill(0x78);
    /** Writes until main pauses the pty (or a cap), like a flooding program. */
    const floodUntilPaused = () => {
      let n = 0;
      while (!pty.paused && n++ < 1000) pty.push(chunk);
    };
    const unacked = () => m.stats().sessions[0]!.bufferedBytes;
    return { rec, m, sessionId, pty, floodUntilPaused, unacked };
  }

  it('keeps up to the full window in flight while nobody types', () => {
    const { floodUntilPaused, unacked, pty } = flooding();
    floodUntilPaused();
    expect(pty.paused).toBe(true);
    expect(unacked()).toBeGreaterThanOrEqual(256 * KiB);
  });

  it('shrinks the window while the user types, sends the echo at once, and restores the window after holdMs', () => {
    const { m, sessionId, pty, floodUntilPaused, unacked, rec } = flooding();
    m.input(sessionId, 'l');
    expect(pty.written).toEqual(['l']);
    // The next output (the echo) is not held back for the batch interval.
    const before = rec.data(sessionId).length;
    pty.push(new TextEncoder().encode('l'));
    expect(rec.data(sessionId).length).toBe(before + 1);

    const sentBefore = rec.data(sessionId).length;
    floodUntilPaused();
    expect(pty.paused).toBe(true);
    const inFlight = unacked();
    // The interactive window plus the keystroke's credit; beyond it at most the rest of the
    // pty's last 16 KiB read, held in main.
    expect(inFlight).toBeGreaterThanOrEqual(32 * KiB + 16 * KiB);
    expect(inFlight).toBeLessThan(32 * KiB + 16 * KiB + 16 * KiB);
    const typingBatches = rec.data(sessionId).slice(sentBefore).map((d) => d.length);
    expect(typingBatches.length).toBeGreaterThan(1);
    expect(Math.max(...typingBatches)).toBeLessThanOrEqual(4 * KiB);

    // Acks down to the interactive low mark resume it...
    m.ack(sessionId, inFlight - 16 * KiB);
    expect(pty.paused).toBe(false);
    // ...and once typing has stopped for holdMs, the next ack or batch brings the full window back.
    vi.advanceTimersByTime(1001);
    m.ack(sessionId, 1);
    const sentAfter = rec.data(sessionId).length;
    floodUntilPaused();
    expect(unacked()).toBeGreaterThanOrEqual(256 * KiB);
    // ...and full-size batches.
    expect(Math.max(...rec.data(sessionId).slice(sentAfter).map((d) => d.length))).toBe(16 * KiB);
  });

  it('a keystroke lets what the pty already holds out at once, up to the credit, without waiting for acks', () => {
    const { m, sessionId, pty, floodUntilPaused, unacked } = flooding();
    m.input(sessionId, 'a');
    floodUntilPaused();
    // The credit is used up by that pause: acks part of the way do not resume (above the low mark)...
    m.ack(sessionId, unacked() - 40 * KiB);
    expect(pty.paused).toBe(true);
    // ...but the next keystroke does: 40 KiB in flight is below window + credit (48 KiB).
    m.input(sessionId, 'b');
    expect(pty.paused).toBe(false);
    floodUntilPaused();
    expect(unacked()).toBeGreaterThanOrEqual(48 * KiB);
    expect(unacked()).toBeLessThan(48 * KiB + 16 * KiB);
    // Grants do not add up: typing again at the limit does not let more out.
    m.input(sessionId, 'c');
    expect(pty.paused).toBe(true);
  });

  it('keeps a window configured smaller than the interactive one small (its credit is at most one window)', () => {
    const rec = recorder();
    const { spawn, ptys } = fakeSpawner();
    const m = new TerminalManager({ emit: rec.emit, spawn, batch: { intervalMs: 5, maxBytes: 1024 }, flow: { highWatermark: 4 * KiB, lowWatermark: 1 * KiB } });
    const { sessionId } = m.open(launch, { cols: 80, rows: 24 });
    m.ack(sessionId, 0);
    m.input(sessionId, 'x');
    const chunk = new Uint8Array(1024).fill(0x78);
    for (let i = 0; i < 100 && !ptys[0]!.paused; i++) ptys[0]!.push(chunk);
    expect(ptys[0]!.paused).toBe(true);
    expect(m.stats().sessions[0]!.bufferedBytes).toBeLessThan(2 * 4 * KiB + 1024);
  });
});
