import { Buffer } from 'node:buffer';
import { constants } from 'node:os';
import type { PtyLaunch } from '../host/types';
import { isAlive, killTree, listDescendants } from './process-tree';
import type { PtyProcess, PtySpawner } from './pty-spawn';
import { SessionOutput, type SessionOutputOptions } from './session-output';
import type { TerminalEmit, TerminalSize } from './types';

/** How often a paused pty checks that its shell is still alive (must stay well under node-pty's 200 ms). */
const DEAD_CHECK_MS = 50;

export const SIZE_LIMITS = { minCols: 2, maxCols: 1000, minRows: 1, maxRows: 500 } as const;

/**
 * One interactive pty: raw bytes -> SessionOutput (which batches them whole-character). xterm
 * decodes UTF-8 itself, so the bytes are never turned into strings in main.
 * Input and resize are ignored once the process is gone (node-pty throws on a
 * closed fd, and a late resize from the renderer is normal, not an error).
 */
export class PtySession {
  private readonly pty: PtyProcess;
  readonly output: SessionOutput;
  private exited = false;
  private closing = false;
  private paused = false;
  private draining = false;
  private deadCheck: ReturnType<typeof setInterval> | null = null;
  private bytesRead = 0;
  private readonly exitWaiters: (() => void)[] = [];
  /** Set between the exit and its report (which waits for the output to drain). */
  private pendingReport: (() => void) | null = null;

  constructor(
    readonly sessionId: string,
    readonly title: string,
    launch: PtyLaunch,
    size: TerminalSize,
    spawn: PtySpawner,
    private readonly emit: TerminalEmit,
    outputOptions: SessionOutputOptions,
  ) {
    this.pty = spawn(launch, clampSize(size) ?? { cols: 80, rows: 24 });
    this.output = new SessionOutput(sessionId, emit, outputOptions, {
      pause: () => this.pauseSource(),
      resume: () => this.resumeSource(),
    });
    this.pty.onData((data) => {
      if (this.closing) return;
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      this.bytesRead += bytes.length;
      this.output.write(bytes);
    });
    this.pty.onExit(({ exitCode, signal }) => this.onExit(exitCode, signal ?? 0));
  }

  get pid(): number {
    return this.pty.pid;
  }
  get hasExited(): boolean {
    return this.exited;
  }
  get bytesIn(): number {
    return this.bytesRead;
  }

  input(data: string): void {
    if (this.exited || this.closing || data.length === 0) return;
    this.output.noteInput();
    try {
      this.pty.write(data);
    } catch {
      /* the pty closed between the check and the write */
    }
  }

  resize(size: TerminalSize): void {
    if (this.exited || this.closing) return;
    const clamped = clampSize(size);
    if (!clamped) return;
    try {
      this.pty.resize(clamped.cols, clamped.rows);
    } catch {
      /* racing the exit: harmless */
    }
  }

  ack(bytes: number): void {
    this.output.ack(bytes);
  }

  /** Kill the shell and everything it started; resolves once the exit has been reported. */
  async close(graceMs = 1000): Promise<void> {
    if (this.exited) {
      // Exited but its output still waits for a view: nobody wants it now.
      this.output.discard();
      this.pendingReport?.();
      return;
    }
    if (!this.closing) {
      this.closing = true;
      this.output.discard();
      const tree = [...listDescendants(this.pty.pid), this.pty.pid];
      // Reading must go on, or the kernel never reports EIO and node-pty never reports the exit.
      this.pty.resume();
      try {
        this.pty.kill('SIGHUP');
      } catch {
        /* already gone */
      }
      await killTree(tree, graceMs);
    }
    await this.waitForExit(3000);
  }

  private waitForExit(timeoutMs: number): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.exitWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private pauseSource(): void {
    if (this.paused || this.exited) return;
    this.paused = true;
    if (this.draining) return;
    this.pty.pause();
    // node-pty destroys the pty socket 200 ms after the shell exits if it was not
    // read to the end: a paused pty whose shell just exited would lose its last
    // output. So while paused we watch the shell and drain once it is gone.
    this.deadCheck ??= setInterval(() => {
      if (isAlive(this.pty.pid)) return;
      this.draining = true;
      this.stopDeadCheck();
      this.pty.resume();
    }, DEAD_CHECK_MS);
  }

  private resumeSource(): void {
    if (!this.paused) return;
    this.paused = false;
    this.stopDeadCheck();
    if (!this.draining && !this.exited) this.pty.resume();
  }

  private stopDeadCheck(): void {
    if (this.deadCheck !== null) {
      clearInterval(this.deadCheck);
      this.deadCheck = null;
    }
  }

  private onExit(exitCode: number, signal: number): void {
    if (this.exited) return;
    this.exited = true;
    this.stopDeadCheck();
    const payload = {
      sessionId: this.sessionId,
      exitCode: signal > 0 ? null : exitCode,
      signal: signal > 0 ? signalName(signal) : null,
    };
    const report = () => {
      if (this.pendingReport !== report) return;
      this.pendingReport = null;
      this.emit('terminal.exit', payload);
      for (const w of this.exitWaiters.splice(0)) w();
    };
    this.pendingReport = report;
    if (this.closing) {
      report();
      return;
    }
    this.output.end(report);
  }
}

export function clampSize(size: TerminalSize): TerminalSize | null {
  const { cols, rows } = size;
  if (!Number.isFinite(cols) || !Number.isFinite(rows)) return null;
  return {
    cols: Math.min(SIZE_LIMITS.maxCols, Math.max(SIZE_LIMITS.minCols, Math.floor(cols))),
    rows: Math.min(SIZE_LIMITS.maxRows, Math.max(SIZE_LIMITS.minRows, Math.floor(rows))),
  };
}

function signalName(signal: number): string {
  for (const [name, num] of Object.entries(constants.signals)) if (num === signal) return name;
  return `SIG${signal}`;
}
