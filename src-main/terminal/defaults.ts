import type { BatchOptions, FlowOptions } from './types';

/**
 * Batching: 5 ms like VS Code (short enough that an echoed keystroke is not
 * noticeably late). Up to 256 KiB per batch: the throughput bench measured
 * that per-message costs in the page (one event and one xterm write per
 * batch) matter at flood rates, and 256 KiB is still far below the harness's
 * 1 MiB frame limit and one cheap IPC message in Electron.
 */
export const DEFAULT_BATCH: BatchOptions = { intervalMs: 5, maxBytes: 256 * 1024 };

/**
 * Flow control, in bytes. VS Code pauses at 100k unacked chars and resumes at
 * 5k; that drains the pipe completely before the pty may write again, which
 * costs throughput on every cycle (the resume has to travel pty -> batch ->
 * transport before xterm has work again). The bench measured what the window
 * buys: xterm needs about 1 MiB queued to parse in full slices between frames,
 * while every byte queued ahead of an echoed keystroke delays it. These values
 * are the measured balance (see docs/terminal.md); they also bound what main
 * can ever hold for a session (high watermark + one batch).
 */
export const DEFAULT_FLOW: FlowOptions = {
  highWatermark: 1024 * 1024,
  lowWatermark: 512 * 1024,
  maxHeldBytes: 1024 * 1024,
  // Measured in the bench while typing 10 keys/s during a flood (docs/terminal.md):
  // - 1 MiB window: echo p95 ~110 ms; 128 KiB: ~65 ms.
  // - Full 256 KiB batches overshot any interactive window, and the echo rode in one:
  //   32 KiB batches took ~12 ms off p95 (A/B, 3 runs each; 16 and 64 KiB were worse).
  // - The echo then still waited ~10 ms for acks before main could read it from behind
  //   the pty's kernel buffer: a credit per keystroke (FlowControl.grant) cut that to ~1 ms.
  // - With those two, a 64 KiB window beat 128 KiB: p95 41-48 ms vs 48-58 ms (4 runs each),
  //   at 8-9 MiB/s while typing instead of 10-12.
  interactive: { highWatermark: 64 * 1024, lowWatermark: 32 * 1024, batchBytes: 32 * 1024, echoCreditBytes: 64 * 1024, holdMs: 1000 },
};

/** Live ptys at once; more is a bug (or a hostile renderer), not a user. */
export const DEFAULT_MAX_SESSIONS = 16;
/** Ended sessions kept so a late close/resize finds them; the oldest are forgotten first. */
export const MAX_ENDED_SESSIONS = 64;
