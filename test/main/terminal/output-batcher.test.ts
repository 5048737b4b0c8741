import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutputBatcher } from '../../../src-main/terminal/output-batcher';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b);

function make(options: Partial<{ intervalMs: number; maxBytes: number; maxHeldBytes: number }> = {}) {
  const batches: Buffer[] = [];
  const b = new OutputBatcher({ intervalMs: 5, maxBytes: 100, maxHeldBytes: 1000, ...options }, (bytes) => void batches.push(bytes));
  return { b, batches, text: () => batches.map((x) => x.toString('utf8')) };
}

describe('OutputBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('joins chunks that arrive within the interval into one batch, sent when the interval ends', () => {
    const { b, text } = make();
    b.push(enc('a'));
    vi.advanceTimersByTime(2);
    b.push(enc('b'));
    b.push(enc('c'));
    expect(text()).toEqual([]);
    vi.advanceTimersByTime(3);
    expect(text()).toEqual(['abc']);
    // The timer starts at the first pending chunk, not the last: a steady trickle still goes out every interval.
    b.push(enc('d'));
    vi.advanceTimersByTime(4);
    b.push(enc('e'));
    vi.advanceTimersByTime(1);
    expect(text()).toEqual(['abc', 'de']);
  });

  it('sends at once when maxBytes pile up, in slices of at most maxBytes', () => {
    const { b, text, batches } = make({ maxBytes: 10 });
    b.push(enc('0123456789abcdefghijklmnopqrstu'));
    expect(text()).toEqual(['0123456789', 'abcdefghij', 'klmnopqrst', 'u']);
    expect(batches.every((x) => x.length <= 10)).toBe(true);
    expect(b.pendingBytes).toBe(0);
  });

  it('limitBatchBytes caps batches for a while, never above maxBytes, and null lifts the cap', () => {
    const { b, batches } = make({ maxBytes: 100 });
    const sizes = () => batches.splice(0).map((x) => x.length);
    b.limitBatchBytes(30);
    b.push(new Uint8Array(95).fill(0x61));
    expect(sizes()).toEqual([30, 30, 30, 5]);
    // A cap above maxBytes is maxBytes.
    b.limitBatchBytes(1000);
    b.push(new Uint8Array(250).fill(0x61));
    expect(sizes()).toEqual([100, 100, 50]);
    // A nonsense cap still sends (one byte at a time) rather than stall.
    b.limitBatchBytes(0);
    b.push(new Uint8Array(3).fill(0x61));
    expect(sizes()).toEqual([1, 1, 1]);
    b.limitBatchBytes(Number.NaN);
    b.push(new Uint8Array(250).fill(0x61));
    expect(sizes()).toEqual([100, 100, 50]);
    b.limitBatchBytes(null);
    b.push(new Uint8Array(250).fill(0x61));
    expect(sizes()).toEqual([100, 100, 50]);
    b.push(new Uint8Array(40).fill(0x61));
    expect(sizes()).toEqual([]);
    vi.advanceTimersByTime(5);
    expect(sizes()).toEqual([40]);
  });

  it('never ends a slice inside a multi-byte character, wherever the slice limit falls', () => {
    const sample = 'ab中文😀é\x1b[31m红\x1b[0m';
    for (let max = 4; max <= 12; max++) {
      const { b, batches } = make({ maxBytes: max });
      b.push(enc(sample));
      vi.advanceTimersByTime(5);
      // fatal: a batch that starts or ends inside a character would throw here.
      expect(batches.map(dec).join('')).toBe(sample);
      expect(batches.every((x) => x.length <= max)).toBe(true);
    }
  });

  it('keeps an incomplete character back on a timer flush until its last byte arrives', () => {
    const { b, text } = make();
    const zhong = enc('中'); // e4 b8 ad
    b.push(Buffer.concat([enc('ok '), zhong.subarray(0, 2)]));
    vi.advanceTimersByTime(5);
    expect(text()).toEqual(['ok ']);
    expect(b.pendingBytes).toBe(2);
    b.push(zhong.subarray(2));
    vi.advanceTimersByTime(5);
    expect(text()).toEqual(['ok ', '中']);
  });

  it('flush(true) sends even an incomplete character (the source has ended)', () => {
    const { b, batches } = make();
    b.push(enc('中').subarray(0, 2));
    b.flush();
    expect(batches).toEqual([]);
    b.flush(true);
    expect(batches.map((x) => [...x])).toEqual([[0xe4, 0xb8]]);
    expect(b.pendingBytes).toBe(0);
  });

  it('holds output while held and sends it on release', () => {
    const { b, batches } = make();
    b.hold();
    b.push(enc('x'.repeat(250)));
    vi.advanceTimersByTime(50);
    expect(batches).toEqual([]);
    expect(b.pendingBytes).toBe(250);
    b.release();
    expect(batches.map((x) => x.length)).toEqual([100, 100, 50]);
  });

  it('stops mid-flush when the sink holds it (flow control kicking in)', () => {
    const batches: Buffer[] = [];
    const b: OutputBatcher = new OutputBatcher({ intervalMs: 5, maxBytes: 10, maxHeldBytes: 1000 }, (x) => {
      batches.push(x);
      if (batches.length === 2) b.hold();
    });
    b.push(enc('x'.repeat(45)));
    expect(batches.length).toBe(2);
    expect(b.pendingBytes).toBe(25);
  });

  it('trims the oldest held output at a line boundary, with a notice, when a held source cannot stop', () => {
    const { b, batches } = make({ maxHeldBytes: 100, maxBytes: 1000 });
    b.hold();
    for (let i = 0; i < 30; i++) b.push(enc(`line ${String(i).padStart(2, '0')}\n`));
    expect(b.pendingBytes).toBeLessThanOrEqual(100 + 80);
    expect(b.droppedBytes).toBeGreaterThan(0);
    b.release();
    const out = batches.map(dec).join('');
    expect(out).toContain('skipped');
    expect(out).toContain('line 29\n');
    expect(out).not.toContain('line 00');
    // What is kept starts at a whole line.
    const afterNotice = out.slice(out.indexOf('…]\r\n') + 4);
    expect(afterNotice).toMatch(/^line \d\d\n/);
  });

  it('trims at a character boundary when there is no line break to cut at', () => {
    const { b, batches } = make({ maxHeldBytes: 99, maxBytes: 10_000 });
    b.hold();
    for (let i = 0; i < 200; i++) b.push(enc('中'));
    b.release();
    vi.advanceTimersByTime(5);
    const out = batches.map(dec).join(''); // fatal decoder: no broken character anywhere
    expect(out).toMatch(/skipped.*…\]\r\n(中)+$/u);
  });
});
