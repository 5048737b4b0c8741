import type { Api } from '../../src-shared/contract/client';

/** Echo marker: typed during the flood; the flood never contains it. */
export const MARKER = '~';
const MARKER_BYTE = 0x7e;

/**
 * Wraps the page's typed Api to watch the pipeline from the renderer's side
 * without touching the Terminal component: bytes received, bytes acked (= parsed
 * by xterm, since the component acks in xterm's write callback), and for each
 * typed marker the time from its keydown to xterm having parsed its echo.
 */
export class Probe {
  received = 0;
  acked = 0;
  markersSeen = 0;
  exited: { exitCode: number | null; signal: string | null } | null = null;
  /** The size the component told main, to check both xterms had the same grid. */
  lastSize: { cols: number; rows: number } | null = null;
  readonly echoParsedMs: number[] = [];
  /** Input other than the marker that xterm sent on its own (replies to queries): it echoes too. */
  readonly otherInput: string[] = [];
  readonly echoPaintedMs: number[] = [];
  private readonly keydowns: number[] = [];
  private readonly pending: { pos: number; t: number }[] = [];
  private done: (() => void) | null = null;

  private readonly onKeydown = (e: KeyboardEvent) => {
    // The event's own timestamp: includes time the keystroke waited behind a busy main thread.
    // Only keystrokes that reach the pty's xterm produce an echo.
    if (e.key === MARKER && e.target instanceof Element && e.target.closest('#pipe')) this.keydowns.push(e.timeStamp);
  };

  constructor(private readonly sessionId: () => string | null) {
    document.addEventListener('keydown', this.onKeydown, true);
  }

  dispose(): void {
    document.removeEventListener('keydown', this.onKeydown, true);
  }

  /** Calls `f` once the session has exited and xterm has parsed all it received. */
  whenDone(f: () => void): void {
    this.done = f;
    this.checkDone();
  }

  private checkDone(): void {
    if (this.done && this.exited && this.acked >= this.received) {
      const f = this.done;
      this.done = null;
      f();
    }
  }

  wrap(api: Api): Api {
    return {
      invoke: (channel, request) => api.invoke(channel, request),
      send: (channel, payload) => {
        if (channel === 'terminal.ack') this.onAck((payload as { bytes: number }).bytes);
        if (channel === 'terminal.input') {
          const { data } = payload as { data: string };
          if (data !== MARKER) this.otherInput.push(data);
        }
        if (channel === 'terminal.resize') {
          const { cols, rows } = payload as { cols: number; rows: number };
          this.lastSize = { cols, rows };
        }
        api.send(channel, payload);
      },
      on: (event, listener) =>
        api.on(event, (payload) => {
          const p = payload as { sessionId: string; data?: Uint8Array; exitCode?: number | null; signal?: string | null };
          if (p.sessionId === this.sessionId()) {
            if (event === 'terminal.data' && p.data instanceof Uint8Array) this.onData(p.data);
            if (event === 'terminal.exit') this.exited = { exitCode: p.exitCode ?? null, signal: p.signal ?? null };
          }
          listener(payload);
          this.checkDone();
        }),
    };
  }

  private onData(data: Uint8Array): void {
    for (let i = data.indexOf(MARKER_BYTE); i !== -1; i = data.indexOf(MARKER_BYTE, i + 1)) {
      this.markersSeen++;
      const t = this.keydowns.shift();
      if (t !== undefined) this.pending.push({ pos: this.received + i + 1, t });
    }
    this.received += data.length;
  }

  private onAck(bytes: number): void {
    this.acked += bytes;
    queueMicrotask(() => this.checkDone());
    while (this.pending.length > 0 && (this.pending[0] as { pos: number }).pos <= this.acked) {
      const { t } = this.pending.shift() as { pos: number; t: number };
      this.echoParsedMs.push(performance.now() - t);
      // Painted: xterm renders on the next animation frame after parsing.
      requestAnimationFrame(() => this.echoPaintedMs.push(performance.now() - t));
    }
  }
}
