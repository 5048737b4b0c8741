import type { EventPayload } from '../../src-shared/contract';

/** The contract events a terminal session emits (names come from src-shared/contract/terminal.ts). */
export type TerminalEvent = 'terminal.opened' | 'terminal.data' | 'terminal.exit';

/**
 * How the manager reaches the renderer. Injected, so the same manager serves the
 * Electron transport and the harness WebSocket (the Dispatcher's Emit fits).
 */
export type TerminalEmit = <E extends TerminalEvent>(event: E, payload: EventPayload<E>) => void;

/** What a captured run is, for the renderer to name in the user's language: an id ('go.detect') and its values. */
export interface TerminalTitle {
  readonly id: string;
  readonly args?: Readonly<Record<string, string>>;
}

export interface TerminalSize {
  readonly cols: number;
  readonly rows: number;
}

export interface BatchOptions {
  /** Longest a chunk waits before it is sent (VS Code uses 5 ms, Tabby/Hyper 16 ms). */
  readonly intervalMs: number;
  /** Largest batch, in bytes: one transport message (a binary frame on the harness, one IPC message in Electron). */
  readonly maxBytes: number;
}

export interface FlowOptions {
  /** Unacknowledged bytes above which the source is paused and sending stops. */
  readonly highWatermark: number;
  /** Unacknowledged bytes below which it resumes. */
  readonly lowWatermark: number;
  /**
   * A captured (non-pty) run cannot be paused: above this many held bytes the oldest
   * held output is dropped (whole lines) and replaced by a notice. The full output
   * still lives in the run's RunResult.
   */
  readonly maxHeldBytes: number;
  /**
   * While the user types (input within the last `holdMs`), the window shrinks to these
   * watermarks: an echoed key waits behind everything in flight, so a small window is
   * what makes typing during a flood feel live, and a large one what keeps a flood fast.
   * Batches shrink to `batchBytes` too: the echo then travels in a small batch the page
   * parses and acks at once, and the window drains in small steps instead of waiting
   * for one batch larger than the whole interactive window. Each keystroke also lets
   * `echoCreditBytes` go out beyond the window at once (FlowControl.grant): the echo is
   * queued behind what the pty already holds, which would otherwise wait for acks.
   */
  readonly interactive: {
    readonly highWatermark: number;
    readonly lowWatermark: number;
    readonly batchBytes: number;
    readonly echoCreditBytes: number;
    readonly holdMs: number;
  };
}

export interface SessionStats {
  readonly sessionId: string;
  readonly kind: 'pty' | 'captured';
  /** The pty's process (its shell); null for captured runs. */
  readonly pid: number | null;
  readonly bytesIn: number;
  readonly bytesSent: number;
  readonly batchesSent: number;
  /** UTF-8 bytes read but not yet acknowledged by the renderer (held here, in transport buffers, or in flight). */
  readonly bufferedBytes: number;
  readonly peakBufferedBytes: number;
  readonly pauses: number;
  readonly droppedBytes: number;
  readonly exited: boolean;
}

export interface TerminalStats {
  readonly sessions: readonly SessionStats[];
  /** Highest total of bufferedBytes over all sessions at any moment since the manager started. */
  readonly peakBufferedBytes: number;
  readonly bufferedBytes: number;
}
