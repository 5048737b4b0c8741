import type { BufferGauge } from './buffer-gauge';
import { FlowControl } from './flow-control';
import { OutputBatcher } from './output-batcher';
import type { BatchOptions, FlowOptions, TerminalEmit } from './types';

/** A source that can be told to stop producing (a pty); captured runs have none. */
export interface PausableSource {
  pause(): void;
  resume(): void;
}

export interface SessionOutputOptions {
  readonly batch: BatchOptions;
  readonly flow: FlowOptions;
  readonly gauge?: BufferGauge;
  readonly dropNotice?: (droppedBytes: number) => string;
}

/**
 * The output half of a session, the same for ptys and captured runs:
 * UTF-8 bytes in -> batches -> 'terminal.data' events, throttled by the
 * renderer's acks (bytes its xterm has parsed).
 *
 * Nothing is sent until the renderer attaches (its first ack, of 0 bytes, which
 * the Terminal component sends on mount). A pty's first prompt would otherwise be
 * emitted before any view exists and be lost; until then the pty is paused and a
 * captured run's output is held (bounded).
 */
export class SessionOutput {
  private readonly batcher: OutputBatcher;
  private readonly flow: FlowControl;
  private attached = false;
  private onDrained: (() => void) | null = null;
  private finished = false;
  private reported = 0;
  private peak = 0;
  private sentBytes = 0;
  private sentBatches = 0;
  /** performance.now() until which the interactive window applies; 0 = not interactive. */
  private interactiveUntil = 0;

  constructor(
    private readonly sessionId: string,
    private readonly emit: TerminalEmit,
    private readonly options: SessionOutputOptions,
    private readonly source: PausableSource | null,
  ) {
    const batcherOptions = { ...options.batch, maxHeldBytes: options.flow.maxHeldBytes };
    this.batcher = new OutputBatcher(
      options.dropNotice ? { ...batcherOptions, dropNotice: options.dropNotice } : batcherOptions,
      (bytes) => this.send(bytes),
    );
    this.flow = new FlowControl(options.flow);
    this.applyState();
  }

  /** Output bytes (UTF-8) from the source. Ignored once the session has ended. */
  write(data: Uint8Array): void {
    if (this.finished || this.onDrained) return;
    this.batcher.push(data);
    this.track();
  }

  /**
   * The user typed into this session: use the small interactive window and batches for
   * a while, let the output already waiting in the pty (ahead of the echo) out at once,
   * and send the next output without the batch interval (it most likely holds the echo).
   */
  noteInput(): void {
    if (this.finished) return;
    const wasInteractive = this.interactiveUntil > 0;
    this.interactiveUntil = performance.now() + this.options.flow.interactive.holdMs;
    if (!wasInteractive) {
      this.flow.setLimits(interactiveLimits(this.options.flow));
      this.batcher.limitBatchBytes(this.options.flow.interactive.batchBytes);
    }
    // Never more credit than the window itself: a session configured small stays small.
    this.flow.grant(Math.min(this.options.flow.interactive.echoCreditBytes, interactiveLimits(this.options.flow).highWatermark));
    this.applyState();
    this.batcher.sendNextAtOnce();
  }

  /** The renderer parsed `bytes`; 0 means it (re)attached a view to this session. */
  ack(bytes: number): void {
    this.refreshLimits();
    if (this.finished) {
      // Late acks still release the bytes they account for.
      this.flow.ack(bytes);
      this.track();
      return;
    }
    if (bytes === 0) {
      this.attached = true;
      this.flow.reset();
    } else {
      this.flow.ack(bytes);
    }
    this.applyState();
    this.track();
  }

  /**
   * No more output will come. `drained` runs once everything pending has been
   * sent (at once if possible; otherwise as acks or a view arrive), so the exit
   * event always follows the last data event.
   */
  end(drained: () => void): void {
    if (this.finished || this.onDrained) return;
    this.onDrained = drained;
    if (!this.blocked) this.batcher.flush(true);
    this.maybeDrained();
  }

  /** Drop everything (the user closed the session): nothing more is sent. */
  discard(): void {
    this.finished = true;
    this.onDrained = null;
    this.batcher.clear();
    this.flow.reset();
    this.track();
  }

  get isAttached(): boolean {
    return this.attached;
  }
  get isPaused(): boolean {
    return this.blocked;
  }
  get stats() {
    return {
      bytesSent: this.sentBytes,
      batchesSent: this.sentBatches,
      bufferedBytes: this.reported,
      peakBufferedBytes: this.peak,
      pauses: this.flow.pauses,
      droppedBytes: this.batcher.droppedBytes,
      pendingBytes: this.batcher.pendingBytes,
    };
  }

  private get blocked(): boolean {
    return !this.attached || this.flow.paused;
  }

  /** Back to the full window once the user has stopped typing for holdMs (checked as output and acks flow). */
  private refreshLimits(): void {
    if (this.interactiveUntil === 0 || performance.now() < this.interactiveUntil) return;
    this.interactiveUntil = 0;
    this.flow.setLimits(this.options.flow);
    this.batcher.limitBatchBytes(null);
  }

  private send(data: Uint8Array): void {
    this.refreshLimits();
    this.emit('terminal.data', { sessionId: this.sessionId, data });
    this.sentBytes += data.length;
    this.sentBatches++;
    this.flow.sent(data.length);
    if (this.flow.paused) this.applyState();
    this.track();
    this.maybeDrained();
  }

  private applyState(): void {
    if (this.blocked) {
      this.batcher.hold();
      this.source?.pause();
    } else {
      this.source?.resume();
      this.batcher.release();
      // Ending while held: what is left goes out whole now (release kept an incomplete character back).
      if (this.onDrained) this.batcher.flush(true);
    }
    this.maybeDrained();
  }

  private maybeDrained(): void {
    if (!this.onDrained || this.finished || this.batcher.pendingBytes > 0) return;
    const drained = this.onDrained;
    this.onDrained = null;
    this.finished = true;
    drained();
  }

  /** Report the change in held bytes to the shared gauge and keep this session's peak. */
  private track(): void {
    const now = this.batcher.pendingBytes + this.flow.unackedBytes;
    if (now !== this.reported) {
      this.options.gauge?.add(now - this.reported);
      this.reported = now;
      if (now > this.peak) this.peak = now;
    }
  }
}

/** The interactive window, never larger than the normal one (a session configured small stays small). */
function interactiveLimits(flow: FlowOptions): { highWatermark: number; lowWatermark: number } {
  const highWatermark = Math.min(flow.highWatermark, flow.interactive.highWatermark);
  const lowWatermark = Math.min(flow.lowWatermark, flow.interactive.lowWatermark, highWatermark - 1);
  return { highWatermark, lowWatermark };
}
