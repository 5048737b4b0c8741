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
  readonly dropNotice?: (droppedChars: number) => string;
}

/**
 * The output half of a session, the same for ptys and captured runs:
 * decoded text in -> batches -> 'terminal.data' events, throttled by the
 * renderer's acks.
 *
 * Nothing is sent until the renderer attaches (its first ack, of 0 chars, which
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
  private sentChars = 0;
  private sentBatches = 0;

  constructor(
    private readonly sessionId: string,
    private readonly emit: TerminalEmit,
    private readonly options: SessionOutputOptions,
    private readonly source: PausableSource | null,
  ) {
    const batcherOptions = { ...options.batch, maxHeldChars: options.flow.maxHeldChars };
    this.batcher = new OutputBatcher(
      options.dropNotice ? { ...batcherOptions, dropNotice: options.dropNotice } : batcherOptions,
      (text, bytes) => this.send(text, bytes),
    );
    this.flow = new FlowControl(options.flow);
    this.applyState();
  }

  /** Decoded output from the source. Ignored once the session has ended. */
  write(text: string): void {
    if (this.finished || this.onDrained) return;
    this.batcher.push(text);
    this.track();
  }

  /** The renderer consumed `chars`; 0 means it (re)attached a view to this session. */
  ack(chars: number): void {
    if (this.finished) {
      // Late acks still release the bytes they account for.
      this.flow.ack(chars);
      this.track();
      return;
    }
    if (chars === 0) {
      this.attached = true;
      this.flow.reset();
    } else {
      this.flow.ack(chars);
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
    if (!this.blocked) this.batcher.flush();
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
      charsSent: this.sentChars,
      batchesSent: this.sentBatches,
      unackedChars: this.flow.unackedChars,
      bufferedBytes: this.reported,
      peakBufferedBytes: this.peak,
      pauses: this.flow.pauses,
      droppedChars: this.batcher.droppedChars,
      pendingChars: this.batcher.pendingChars,
    };
  }

  private get blocked(): boolean {
    return !this.attached || this.flow.paused;
  }

  private send(text: string, bytes: number): void {
    this.emit('terminal.data', { sessionId: this.sessionId, data: text });
    this.sentChars += text.length;
    this.sentBatches++;
    this.flow.sent(text.length, bytes);
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
    }
    this.maybeDrained();
  }

  private maybeDrained(): void {
    if (!this.onDrained || this.finished || this.batcher.pendingChars > 0) return;
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
