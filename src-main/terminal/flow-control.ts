export interface FlowControlOptions {
  readonly highWatermark: number;
  readonly lowWatermark: number;
}

/**
 * Ack-based flow control (the scheme VS Code's terminal uses): count the chars
 * sent to the renderer that its xterm has not yet consumed; at or above the high
 * watermark the session pauses, and it resumes once acks bring the count down to
 * the low watermark. The gap between the two keeps pause/resume from flapping.
 *
 * Acks are in chars (what xterm sees), but memory is bytes, so each sent batch
 * remembers both and acks are converted back to bytes in send order.
 */
export class FlowControl {
  private unacked = 0;
  private unackedBytesTotal = 0;
  private readonly inFlight: { chars: number; bytes: number }[] = [];
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
  get unackedChars(): number {
    return this.unacked;
  }
  get unackedBytes(): number {
    return this.unackedBytesTotal;
  }
  get pauses(): number {
    return this.pauseCount;
  }

  sent(chars: number, bytes: number): void {
    if (chars <= 0) return;
    this.unacked += chars;
    this.unackedBytesTotal += bytes;
    this.inFlight.push({ chars, bytes });
    if (!this.pausedNow && this.unacked >= this.options.highWatermark) {
      this.pausedNow = true;
      this.pauseCount++;
    }
  }

  ack(chars: number): void {
    let left = Math.min(Math.max(0, Math.floor(chars)), this.unacked);
    this.unacked -= left;
    while (left > 0 && this.inFlight.length > 0) {
      const head = this.inFlight[0] as { chars: number; bytes: number };
      if (head.chars <= left) {
        left -= head.chars;
        this.unackedBytesTotal -= head.bytes;
        this.inFlight.shift();
      } else {
        const bytes = Math.round((head.bytes * left) / head.chars);
        head.chars -= left;
        head.bytes -= bytes;
        this.unackedBytesTotal -= bytes;
        left = 0;
      }
    }
    if (this.pausedNow && this.unacked <= this.options.lowWatermark) this.pausedNow = false;
  }

  /**
   * The renderer (re)attached: whatever was in flight before is gone with the old
   * view and will never be acked, so waiting for it would stall the session forever.
   */
  reset(): void {
    this.unacked = 0;
    this.unackedBytesTotal = 0;
    this.inFlight.length = 0;
    this.pausedNow = false;
  }
}
