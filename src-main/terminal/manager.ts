import { randomUUID } from 'node:crypto';
import { ApiError } from '../../src-shared/contract';
import type { PtyLaunch } from '../host/types';
import { BufferGauge } from './buffer-gauge';
import { CapturedSession, type CapturedHandle } from './captured-session';
import { DEFAULT_BATCH, DEFAULT_FLOW, DEFAULT_MAX_SESSIONS, MAX_ENDED_SESSIONS } from './defaults';
import { spawnPty, type PtySpawner } from './pty-spawn';
import { PtySession } from './pty-session';
import type { SessionOutputOptions } from './session-output';
import type { BatchOptions, FlowOptions, SessionStats, TerminalEmit, TerminalSize, TerminalStats, TerminalTitle } from './types';

export interface TerminalManagerOptions {
  /** Where events go: the Dispatcher's emit (Electron or harness), or a test's recorder. */
  readonly emit: TerminalEmit;
  readonly spawn?: PtySpawner;
  readonly batch?: Partial<BatchOptions>;
  readonly flow?: Partial<FlowOptions>;
  readonly maxSessions?: number;
  /** How long close() lets a process tree react to SIGHUP before SIGKILL. */
  readonly killGraceMs?: number;
}

type Session = PtySession | CapturedSession;

/**
 * Every terminal session of the app: interactive ptys and captured runs. It knows
 * nothing of the transport (events leave through the injected emit), so Electron
 * IPC and the harness WebSocket drive the same manager.
 *
 * Output of a session is held until the renderer attaches with `ack(id, 0)`; the
 * Terminal component does that when it mounts.
 */
export class TerminalManager {
  private readonly sessions = new Map<string, Session>();
  private readonly gauge = new BufferGauge();
  private readonly outputOptions: SessionOutputOptions;
  private readonly spawn: PtySpawner;
  private disposed = false;

  constructor(private readonly options: TerminalManagerOptions) {
    this.spawn = options.spawn ?? spawnPty;
    this.outputOptions = {
      batch: { ...DEFAULT_BATCH, ...options.batch },
      flow: { ...DEFAULT_FLOW, ...options.flow },
      gauge: this.gauge,
    };
  }

  /** Start an interactive pty. The launch (argv, env) comes from the Host, never from the renderer. */
  open(launch: PtyLaunch, size: TerminalSize): { sessionId: string; title: string } {
    this.assertOpen();
    const live = [...this.sessions.values()].filter((s) => s instanceof PtySession && !s.hasExited).length;
    if (live >= (this.options.maxSessions ?? DEFAULT_MAX_SESSIONS)) {
      throw new ApiError('CONFLICT', 'too many terminal sessions are open; close one first');
    }
    const sessionId = newSessionId('pty');
    let session: PtySession;
    try {
      session = new PtySession(sessionId, launch.title, launch, size, this.spawn, this.options.emit, this.outputOptions);
    } catch (e) {
      throw new ApiError('HOST_FAILED', `cannot start the terminal: ${(e as Error).message}`.slice(0, 500));
    }
    this.add(session);
    this.options.emit('terminal.opened', { sessionId, kind: 'pty', title: launch.title });
    return { sessionId, title: launch.title };
  }

  /**
   * A session that shows a non-pty run (captured output, an elevated run's log).
   * `title` is main's own words; `name` says what ran as an id the renderer translates.
   */
  openCaptured(title: string, name?: TerminalTitle): CapturedHandle {
    this.assertOpen();
    const sessionId = newSessionId('run');
    const session = new CapturedSession(sessionId, title, this.options.emit, this.outputOptions);
    this.add(session);
    this.options.emit('terminal.opened', {
      sessionId,
      kind: 'captured',
      title,
      ...(name ? { titleId: name.id, ...(name.args && Object.keys(name.args).length > 0 ? { titleArgs: { ...name.args } } : {}) } : {}),
    });
    return {
      sessionId,
      write: (text) => session.write(text),
      end: (exitCode, signal, answer) => session.end(exitCode, signal, answer),
    };
  }

  /** Keystrokes for a pty. Unknown, ended and captured sessions ignore input (acks and input race with exits). */
  input(sessionId: string, data: string): void {
    const s = this.sessions.get(sessionId);
    if (s instanceof PtySession) s.input(data);
  }

  /** Clamped to the contract's bounds; ignored after exit. */
  resize(sessionId: string, cols: number, rows: number): void {
    const s = this.sessions.get(sessionId);
    if (s instanceof PtySession) s.resize({ cols, rows });
  }

  /** Bytes the renderer's xterm parsed; 0 = a view (re)attached. */
  ack(sessionId: string, bytes: number): void {
    this.sessions.get(sessionId)?.ack(bytes);
  }

  /**
   * Ends a session: a pty's whole process tree is killed (SIGHUP, then SIGKILL
   * after the grace period) and 'terminal.exit' follows. Returns at once; false
   * if there was no such session.
   */
  close(sessionId: string): boolean {
    const s = this.sessions.get(sessionId);
    if (!s) return false;
    void this.closeSession(s);
    return true;
  }

  /** close(), resolved once the process tree is gone and the exit was reported. */
  async closeAndWait(sessionId: string): Promise<boolean> {
    const s = this.sessions.get(sessionId);
    if (!s) return false;
    await this.closeSession(s);
    return true;
  }

  has(sessionId: string): boolean {
    return this.sessions.has(sessionId);
  }

  /** Close everything (app quit, harness stop). Captured runs are only detached: their processes belong to the runner. */
  async dispose(): Promise<void> {
    this.disposed = true;
    await Promise.all([...this.sessions.values()].map((s) => this.closeSession(s)));
  }

  stats(): TerminalStats {
    const sessions: SessionStats[] = [...this.sessions.values()].map((s) => {
      const o = s.output.stats;
      return {
        sessionId: s.sessionId,
        kind: s instanceof PtySession ? 'pty' : 'captured',
        pid: s instanceof PtySession ? s.pid : null,
        bytesIn: s.bytesIn,
        bytesSent: o.bytesSent,
        batchesSent: o.batchesSent,
        bufferedBytes: o.bufferedBytes,
        peakBufferedBytes: o.peakBufferedBytes,
        pauses: o.pauses,
        droppedBytes: o.droppedBytes,
        exited: s.hasExited,
      };
    });
    return { sessions, bufferedBytes: this.gauge.value, peakBufferedBytes: this.gauge.peak };
  }

  private async closeSession(s: Session): Promise<void> {
    this.sessions.delete(s.sessionId);
    if (s instanceof PtySession) await s.close(this.options.killGraceMs);
    else s.close();
  }

  private add(session: Session): void {
    this.sessions.set(session.sessionId, session);
    this.forgetOldEnded();
  }

  private forgetOldEnded(): void {
    const ended = [...this.sessions.values()].filter((s) => s.hasExited);
    for (const s of ended.slice(0, Math.max(0, ended.length - MAX_ENDED_SESSIONS))) {
      this.sessions.delete(s.sessionId);
      s.output.discard();
    }
  }

  private assertOpen(): void {
    if (this.disposed) throw new ApiError('CONFLICT', 'the terminal manager has been disposed');
  }
}

function newSessionId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}
