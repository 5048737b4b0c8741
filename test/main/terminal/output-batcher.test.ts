import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutputBatcher } from '../../../src-main/terminal/output-batcher';

function make(options: Partial<{ intervalMs: number; maxChars: number; maxHeldChars: number }> = {}) {
  const batches: string[] = [];
  const bytes: number[] = [];
  const b = new OutputBatcher({ intervalMs: 5, maxChars: 100, maxHeldChars: 1000, ...options }, (t, n) => {
    batches.push(t);
    bytes.push(n);
  });
  return { b, batches, bytes };
}

describe('OutputBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('joins chunks that arrive within the interval into one batch, sent when the interval ends', () => {
    const { b, batches } = make();
    b.push('a');
    vi.advanceTimersByTime(2);
    b.push('b');
    b.push('c');
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(3);
    expect(batches).toEqual(['abc']);
    // The timer starts at the first pending chunk, not the last: a steady trickle still goes out every interval.
    b.push('d');
    vi.advanceTimersByTime(4);
    b.push('e');
    vi.advanceTimersByTime(1);
    expect(batches).toEqual(['abc', 'de']);
  });

  it('sends at once when maxChars pile up, in slices of at most maxChars', () => {
    const { b, batches } = make({ maxChars: 10 });
    b.push('0123456789abcdefghijklmnopqrstu');
    expect(batches).toEqual(['0123456789', 'abcdefghij', 'klmnopqrst', 'u']);
    expect(batches.every((x) => x.length <= 10)).toBe(true);
    expect(b.pendingChars).toBe(0);
  });

  it('never ends a slice on half a surrogate pair', () => {
    const { b, batches } = make({ maxChars: 4 });
    b.push('abc😀def'); // the emoji sits on the slice boundary (index 3-4)
    expect(batches.join('')).toBe('abc😀def');
    for (const x of batches) {
      expect(/[\ud800-\udbff]$/.test(x)).toBe(false);
      expect(/^[\udc00-\udfff]/.test(x)).toBe(false);
    }
  });

  it('reports UTF-8 bytes per batch and pending', () => {
    const { b, bytes } = make();
    b.push('中文'); // 6 bytes
    b.push('é'); // 2 bytes
    expect(b.pendingBytes).toBe(8);
    vi.advanceTimersByTime(5);
    expect(bytes).toEqual([8]);
    expect(b.pendingBytes).toBe(0);
  });

  it('holds output while held and sends it on release', () => {
    const { b, batches } = make();
    b.hold();
    b.push('x'.repeat(250));
    vi.advanceTimersByTime(50);
    expect(batches).toEqual([]);
    expect(b.pendingChars).toBe(250);
    b.release();
    expect(batches.map((x) => x.length)).toEqual([100, 100, 50]);
  });

  it('stops mid-flush when the sink holds it (flow control kicking in)', () => {
    const batches: string[] = [];
    const b: OutputBatcher = new OutputBatcher({ intervalMs: 5, maxChars: 10, maxHeldChars: 1000 }, (t) => {
      batches.push(t);
      if (batches.length === 2) b.hold();
    });
    b.push('x'.repeat(45));
    expect(batches.length).toBe(2);
    expect(b.pendingChars).toBe(25);
  });

  it('trims the oldest held output at a line boundary, with a notice, when a held source cannot stop', () => {
    const { b, batches } = make({ maxHeldChars: 100, maxChars: 1000 });
    b.hold();
    for (let i = 0; i < 30; i++) b.push(`line ${String(i).padStart(2, '0')}\n`);
    expect(b.pendingChars).toBeLessThanOrEqual(100 + 80);
    expect(b.droppedChars).toBeGreaterThan(0);
    b.release();
    const out = batches.join('');
    expect(out).toContain('skipped');
    expect(out).toContain('line 29\n');
    expect(out).not.toContain('line 00');
    // What is kept starts at a whole line.
    const afterNotice = out.slice(out.indexOf('…]\r\n') + 4);
    expect(afterNotice).toMatch(/^line \d\d\n/);
  });
});
