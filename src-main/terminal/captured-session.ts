import { Buffer } from 'node:buffer';
import { SessionOutput, type SessionOutputOptions } from './session-output';
import type { TerminalEmit } from './types';

/** What a service gets to stream a non-pty run (a captured command, an elevated run's log) into a Terminal. */
export interface CapturedHandle {
  readonly sessionId: string;
  /** Decoded output, as the run produces it. Ignored after end(). */
  write(text: string): void;
  /**
   * The run finished; the exit event follows the last of its output. `answer`:
   * the caller knows this exit is a normal answer of the command, not a failure.
   */
  end(exitCode: number | null, signal: string | null, answer?: boolean): void;
}

/**
 * A session without a pty. It has no input and cannot be paused, so while the
 * renderer lags (or no view is attached) its output is held and, past a bound,
 * trimmed from the front; the run's own RunResult keeps the full text.
 * Runs write bare '\n'; xterm needs '\r\n' to return to column 0.
 */
export class CapturedSession implements CapturedHandle {
  readonly output: SessionOutput;
  private ended = false;
  private exitReported = false;
  private lastWasCr = false;
  private pendingReport: (() => void) | null = null;
  private bytesWritten = 0;

  constructor(
    readonly sessionId: string,
    readonly title: string,
    private readonly emit: TerminalEmit,
    outputOptions: SessionOutputOptions,
  ) {
    this.output = new SessionOutput(sessionId, emit, outputOptions, null);
  }

  get hasExited(): boolean {
    return this.ended;
  }
  get bytesIn(): number {
    return this.bytesWritten;
  }

  write(text: string): void {
    if (this.ended || text.length === 0) return;
    this.bytesWritten += Buffer.byteLength(text, 'utf8');
    this.output.write(Buffer.from(this.toCrlf(text), 'utf8'));
  }

  end(exitCode: number | null, signal: string | null, answer = false): void {
    if (this.ended) return;
    this.ended = true;
    const report = () => {
      if (this.exitReported) return;
      this.exitReported = true;
      this.pendingReport = null;
      this.emit('terminal.exit', { sessionId: this.sessionId, exitCode, signal, ...(answer ? { answer } : {}) });
    };
    this.pendingReport = report;
    this.output.end(report);
  }

  ack(bytes: number): void {
    this.output.ack(bytes);
  }

  /** The user closed the view: drop held output; report the end if the run is over. */
  close(): void {
    this.output.discard();
    this.pendingReport?.();
  }

  private toCrlf(text: string): string {
    // A '\r\n' split across two writes must not become '\r\r\n'.
    let out = '';
    let from = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      const prevCr = i > 0 ? text.charCodeAt(i - 1) === 13 : this.lastWasCr;
      if (!prevCr) {
        out += text.slice(from, i) + '\r\n';
        from = i + 1;
      }
    }
    out += text.slice(from);
    this.lastWasCr = text.charCodeAt(text.length - 1) === 13;
    return out;
  }
}
