export interface FlowControlOptions {
  readonly highWatermark: number;
  readonly lowWatermark: number;
}

/**
 * Ack-based flow control (the scheme VS Code's terminal uses): count the bytes
 * sent to the renderer that its xterm has not yet parsed; at or above the high
 * watermark the session pauses, and it resumes once acks bring the count down
 * to the low watermark. The gap between the two keeps pause/resume from
 * flapping. Output travels as UTF-8 bytes end to end, so sent, acked and held
 * are all counted in the same unit as memory.
 */
export class FlowControl {
  private unacked = 0;
  private pausedNow = false;
  private pauseCount = 0;
  /** Bytes allowed beyond the high watermark until the next pause (see grant). */
  private credit = 0;

  private limits: FlowControlOptions;

  constructor(options: FlowControlOptions) {
    this.limits = checked(options);
  }

  /**
   * New watermarks, effective at once: a smaller window pauses now if more is
   * already in flight; a larger one resumes if the count is at its low mark.
   */
  setLimits(options: FlowControlOptions): void {
    this.limits = checked(options);
    if (!this.pausedNow && this.unacked >= this.limits.highWatermark + this.credit) {
      this.pausedNow = true;
      this.pauseCount++;
    } else if (this.pausedNow && this.unacked <= this.limits.lowWatermark) {
      this.pausedNow = false;
    }
  }

  get paused(): boolean {
    return this.pausedNow;
  }
  get unackedBytes(): number {
    return this.unacked;
  }
  get pauses(): number {
    return this.pauseCount;
  }

  sent(bytes: number): void {
    if (bytes <= 0) return;
    this.unacked += bytes;
    if (!this.pausedNow && this.unacked >= this.limits.highWatermark + this.credit) {
      this.pausedNow = true;
      this.pauseCount++;
      this.credit = 0;
    }
  }

  /**
   * Lets up to `bytes` more than the window go out once, resuming now if that
   * makes room: a keystroke's echo sits behind whatever the pty already holds,
   * and without it would wait for the renderer to drain the window first.
   * Grants do not add up; the credit ends at the next pause or once acks reach
   * the low watermark, so at most high watermark + credit is ever in flight.
   */
  grant(bytes: number): void {
    if (!(bytes > 0)) return;
    this.credit = Math.max(this.credit, bytes);
    if (this.pausedNow && this.unacked < this.limits.highWatermark + this.credit) this.pausedNow = false;
  }

  /** Acks beyond what was sent (a confused or hostile renderer) only bring the count to 0. */
  ack(bytes: number): void {
    // `> 0` is also false for NaN: the contract validates acks, but this count must never become NaN.
    if (bytes > 0) this.unacked -= Math.min(Math.floor(bytes), this.unacked);
    if (this.unacked <= this.limits.lowWatermark) {
      this.pausedNow = false;
      this.credit = 0;
    }
  }

  /**
   * The renderer (re)attached: whatever was in flight before is gone with the old
   * view and will never be acked, so waiting for it would stall the session forever.
   */
  reset(): void {
    this.unacked = 0;
    this.pausedNow = false;
    this.credit = 0;
  }
}

function checked(options: FlowControlOptions): FlowControlOptions {
  if (!(options.lowWatermark >= 0 && options.lowWatermark < options.highWatermark)) {
    throw new RangeError('flow control needs 0 <= lowWatermark < highWatermark');
  }
  return { highWatermark: options.highWatermark, lowWatermark: options.lowWatermark };
}
