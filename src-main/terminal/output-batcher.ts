import { Buffer } from 'node:buffer';

/** Where a finished batch goes; `bytes` is its UTF-8 size, for buffer accounting. */
export type BatchSink = (text: string, bytes: number) => void;

export interface OutputBatcherOptions {
  readonly intervalMs: number;
  readonly maxChars: number;
  /** While held, pending output above this many chars is trimmed from the front (see trimHeld). */
  readonly maxHeldChars: number;
  /** The line that replaces trimmed output; gets the number of chars dropped. */
  readonly dropNotice?: (droppedChars: number) => string;
}

const defaultNotice = (n: number) => `\x1b[0m\r\n[… ${n} chars of output skipped / 已省略 ${n} 个字符 …]\r\n`;

/**
 * Collects decoded output and hands it on in batches: when `intervalMs` has passed
 * since the first pending chunk, or at once when `maxChars` have piled up. Sending
 * one message per pty read would flood the transport with tiny messages; sending
 * on a timer alone would let a flood build unbounded batches.
 *
 * `hold()` stops sending (flow control, or nobody attached yet); output keeps
 * collecting and goes out on `release()`.
 */
export class OutputBatcher {
  private chunks: string[] = [];
  private chars = 0;
  private bytes = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private held = false;
  private dropped = 0;

  constructor(
    private readonly options: OutputBatcherOptions,
    private readonly sink: BatchSink,
  ) {}

  get pendingChars(): number {
    return this.chars;
  }
  get pendingBytes(): number {
    return this.bytes;
  }
  get droppedChars(): number {
    return this.dropped;
  }
  get isHeld(): boolean {
    return this.held;
  }

  push(text: string): void {
    if (text.length === 0) return;
    this.chunks.push(text);
    this.chars += text.length;
    this.bytes += Buffer.byteLength(text, 'utf8');
    if (this.held) {
      if (this.chars > this.options.maxHeldChars) this.trimHeld();
      return;
    }
    if (this.chars >= this.options.maxChars) this.flush();
    else this.timer ??= setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.options.intervalMs);
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

  /** Sends what is pending now, in slices of at most maxChars, until empty or held (the sink may hold). */
  flush(): void {
    this.clearTimer();
    while (this.chars > 0 && !this.held) {
      const text = this.take(this.options.maxChars);
      const bytes = Buffer.byteLength(text, 'utf8');
      this.bytes -= bytes;
      this.sink(text, bytes);
    }
  }

  /** Drops everything pending (the session was closed: nobody will read it). */
  clear(): void {
    this.clearTimer();
    this.chunks = [];
    this.chars = 0;
    this.bytes = 0;
  }

  private take(max: number): string {
    const all = this.chunks.length === 1 ? (this.chunks[0] as string) : this.chunks.join('');
    let cut = Math.min(all.length, max);
    // Never end a batch on the first half of a surrogate pair (an emoji would be split in two).
    if (cut < all.length && isHighSurrogate(all.charCodeAt(cut - 1))) cut--;
    const text = all.slice(0, cut);
    const rest = all.slice(cut);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.chars = rest.length;
    return text;
  }

  /**
   * Only a source that cannot be paused (a captured run) gets here. Keep the newest
   * half of the budget, starting at a line boundary so no escape sequence or
   * multi-unit character is cut, and say how much was skipped.
   */
  private trimHeld(): void {
    const all = this.chunks.join('');
    let start = all.length - Math.floor(this.options.maxHeldChars / 2);
    const nl = all.indexOf('\n', start);
    if (nl !== -1 && nl - start < 4096) start = nl + 1;
    else if (isLowSurrogate(all.charCodeAt(start))) start++;
    const kept = all.slice(start);
    this.dropped += start;
    const notice = (this.options.dropNotice ?? defaultNotice)(this.dropped);
    const text = notice + kept;
    this.chunks = [text];
    this.chars = text.length;
    this.bytes = Buffer.byteLength(text, 'utf8');
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
