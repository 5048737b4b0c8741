import { Buffer } from 'node:buffer';
import { utf8Boundary } from '../../src-shared/util/utf8';

/** Where a finished batch goes: UTF-8 bytes, never ending inside a character (except the very last one). */
export type BatchSink = (bytes: Buffer) => void;

export interface OutputBatcherOptions {
  readonly intervalMs: number;
  readonly maxBytes: number;
  /** While held, pending output above this many bytes is trimmed from the front (see trimHeld). */
  readonly maxHeldBytes: number;
  /** The line that replaces trimmed output; gets the number of bytes dropped. */
  readonly dropNotice?: (droppedBytes: number) => string;
}

const defaultNotice = (n: number) => `\x1b[0m\r\n[… ${n} bytes of output skipped / 已省略 ${n} 字节输出 …]\r\n`;

/**
 * Collects output bytes and hands them on in batches: when `intervalMs` has
 * passed since the first pending chunk, or at once when `maxBytes` have piled
 * up. Sending one message per pty read would flood the transport with tiny
 * messages; sending on a timer alone would let a flood build unbounded batches.
 *
 * Output stays bytes from the pty to xterm (xterm parses UTF-8 bytes about
 * twice as fast as strings, measured in the throughput bench). A batch never
 * ends inside a multi-byte character, so every batch also decodes on its own;
 * an incomplete tail waits for the rest of its character (or for `flush(true)`).
 *
 * `hold()` stops sending (flow control, or nobody attached yet); output keeps
 * collecting and goes out on `release()`.
 */
export class OutputBatcher {
  private chunks: Buffer[] = [];
  private bytes = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private held = false;
  private dropped = 0;
  private urgent = false;
  /** options.maxBytes, or less while the user types (limitBatchBytes). */
  private maxBytesNow: number;

  constructor(
    private readonly options: OutputBatcherOptions,
    private readonly sink: BatchSink,
  ) {
    this.maxBytesNow = options.maxBytes;
  }

  /** Caps batches below `maxBytes` for a while (null, or a non-number, lifts the cap); never raises them above it. */
  limitBatchBytes(limit: number | null): void {
    this.maxBytesNow = limit === null || !Number.isFinite(limit) ? this.options.maxBytes : Math.max(1, Math.min(Math.floor(limit), this.options.maxBytes));
  }

  get pendingBytes(): number {
    return this.bytes;
  }
  get droppedBytes(): number {
    return this.dropped;
  }
  get isHeld(): boolean {
    return this.held;
  }

  /** Takes the chunk as is, without a copy: the caller must not reuse it (node-pty hands over a new Buffer per read). */
  push(data: Uint8Array): void {
    if (data.length === 0) return;
    this.chunks.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    this.bytes += data.length;
    if (this.held) {
      if (this.bytes > this.options.maxHeldBytes) this.trimHeld();
      return;
    }
    if (this.bytes >= this.maxBytesNow || this.urgent) {
      this.urgent = false;
      this.flush();
    } else this.timer ??= setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.options.intervalMs);
  }

  /** The next chunk goes out without waiting for the interval (it likely holds a keystroke's echo). */
  sendNextAtOnce(): void {
    this.urgent = true;
  }

  hold(): void {
    this.held = true;
    this.clearTimer();
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    this.flush();
  }

  /**
   * Sends what is pending now, in slices of at most maxBytes, until empty or held
   * (the sink may hold). An incomplete character at the end stays pending unless
   * `final` (the source has ended: nothing will complete it).
   */
  flush(final = false): void {
    this.clearTimer();
    while (this.bytes > 0 && !this.held) {
      const batch = this.take(this.maxBytesNow, final);
      if (batch.length === 0) return;
      this.sink(batch);
    }
  }

  /** Drops everything pending (the session was closed: nobody will read it). */
  clear(): void {
    this.clearTimer();
    this.chunks = [];
    this.bytes = 0;
  }

  private take(max: number, final: boolean): Buffer {
    const all = this.joined();
    let cut = Math.min(all.length, max);
    if (cut < all.length || !final) cut = utf8Boundary(all, cut);
    // A single "character" longer than max (malformed input): send it rather than stall.
    if (cut === 0 && all.length >= max) cut = Math.min(all.length, max);
    const batch = all.subarray(0, cut);
    const rest = all.subarray(cut);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.bytes = rest.length;
    return batch;
  }

  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.bytes)];
    return this.chunks[0] as Buffer;
  }

  /**
   * Only a source that cannot be paused (a captured run) gets here. Keep the newest
   * half of the budget, starting at a line boundary (or at least a character
   * boundary) so no escape sequence or character is cut, and say how much was skipped.
   */
  private trimHeld(): void {
    const all = this.joined();
    let start = all.length - Math.floor(this.options.maxHeldBytes / 2);
    const nl = all.indexOf(0x0a, start);
    if (nl !== -1 && nl - start < 4096) start = nl + 1;
    else while (start < all.length && ((all[start] as number) & 0xc0) === 0x80) start++;
    this.dropped += start;
    const notice = Buffer.from((this.options.dropNotice ?? defaultNotice)(this.dropped), 'utf8');
    this.chunks = [notice, all.subarray(start)];
    this.bytes = notice.length + all.length - start;
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
