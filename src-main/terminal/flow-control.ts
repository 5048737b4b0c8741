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

  constructor(private readonly options: FlowControlOptions) {
    if (!(options.lowWatermark >= 0 && options.lowWatermark < options.highWatermark)) {
      throw new RangeError('flow control needs 0 <= lowWatermark < highWatermark');
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
    if (!this.pausedNow && this.unacked >= this.options.highWatermark) {
      this.pausedNow = true;
      this.pauseCount++;
    }
  }

  /** Acks beyond what was sent (a confused or hostile renderer) only bring the count to 0. */
  ack(bytes: number): void {
    // `> 0` is also false for NaN: the contract validates acks, but this count must never become NaN.
    if (bytes > 0) this.unacked -= Math.min(Math.floor(bytes), this.unacked);
    if (this.pausedNow && this.unacked <= this.options.lowWatermark) this.pausedNow = false;
  }

  /**
   * The renderer (re)attached: whatever was in flight before is gone with the old
   * view and will never be acked, so waiting for it would stall the session forever.
   */
  reset(): void {
    this.unacked = 0;
    this.pausedNow = false;
  }
}
