import { describe, expect, it } from 'vitest';
import { FlowControl } from '../../../src-main/terminal/flow-control';

describe('FlowControl', () => {
  it('pauses at the high watermark and resumes only at the low one', () => {
    const f = new FlowControl({ highWatermark: 100, lowWatermark: 20 });
    f.sent(60);
    expect(f.paused).toBe(false);
    f.sent(40);
    expect(f.paused).toBe(true);
    f.ack(50);
    expect(f.paused).toBe(true); // 50 unacked: between the marks, still paused (no flapping)
    f.ack(30);
    expect(f.paused).toBe(false);
    expect(f.unackedBytes).toBe(20);
    expect(f.pauses).toBe(1);
  });

  it('grant: a credit beyond the window resumes now, is used up by the next pause, and never adds up', () => {
    const f = new FlowControl({ highWatermark: 100, lowWatermark: 20 });
    f.sent(100);
    expect(f.paused).toBe(true);
    f.grant(50);
    expect(f.paused).toBe(false);
    f.grant(50);
    f.sent(49);
    expect(f.paused).toBe(false);
    f.sent(1);
    expect(f.paused).toBe(true);
    expect(f.pauses).toBe(2);
    // Used up: acks down to 120 (below window + the old credit) do not resume.
    f.ack(30);
    expect(f.paused).toBe(true);
    // A credit smaller than what is in flight beyond the window changes nothing.
    f.grant(10);
    expect(f.paused).toBe(true);
    f.grant(Number.NaN);
    f.grant(-5);
    expect(f.paused).toBe(true);
    // Acks to the low mark end the pause and any credit.
    f.grant(40);
    expect(f.paused).toBe(false);
    f.ack(100);
    f.sent(80);
    expect(f.paused).toBe(true);
    f.reset();
    expect(f.paused).toBe(false);
    expect(f.unackedBytes).toBe(0);
  });

  it('counts bytes: partial acks bring the count down exactly', () => {
    const f = new FlowControl({ highWatermark: 1000, lowWatermark: 10 });
    f.sent(30);
    f.sent(10);
    expect(f.unackedBytes).toBe(40);
    f.ack(15);
    expect(f.unackedBytes).toBe(25);
    f.ack(25);
    expect(f.unackedBytes).toBe(0);
  });

  it('clamps acks beyond what was sent, ignores nonsense, and resets on re-attach', () => {
    const f = new FlowControl({ highWatermark: 10, lowWatermark: 2 });
    f.sent(50);
    expect(f.paused).toBe(true);
    f.ack(-5);
    f.ack(Number.NaN);
    expect(f.unackedBytes).toBe(50);
    f.reset();
    expect(f.paused).toBe(false);
    expect(f.unackedBytes).toBe(0);
    f.ack(1000); // a late ack for data the old view had
    expect(f.unackedBytes).toBe(0);
  });

  it('rejects watermarks that cannot work', () => {
    expect(() => new FlowControl({ highWatermark: 10, lowWatermark: 10 })).toThrow(RangeError);
  });
});
