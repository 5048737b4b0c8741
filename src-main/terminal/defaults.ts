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
  // Measured in the bench while typing 10 keys/s during a flood: echo p95 fell from ~110 ms
  // (1 MiB window) to ~65 ms (128 KiB); smaller windows gained nothing more. With full
  // 256 KiB batches the window still overshot to 256 KiB and the echo waited for it to
  // drain, then rode in a 256 KiB batch: 32 KiB batches took 12 ms off p95 (A/B, 3 runs
  // each; 16 and 64 KiB were worse). The echo then still waited ~10 ms for acks before main
  // read it from behind the pty's kernel buffer; a 128 KiB credit per keystroke cut that
  // wait to ~1 ms (median). See docs/terminal.md.
  interactive: { highWatermark: 128 * 1024, lowWatermark: 64 * 1024, batchBytes: 32 * 1024, echoCreditBytes: 128 * 1024, holdMs: 1000 },
};

/** Live ptys at once; more is a bug (or a hostile renderer), not a user. */
export const DEFAULT_MAX_SESSIONS = 16;
/** Ended sessions kept so a late close/resize finds them; the oldest are forgotten first. */
export const MAX_ENDED_SESSIONS = 64;
