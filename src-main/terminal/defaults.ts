import type { BatchOptions, FlowOptions } from './types';

/**
 * Batching: 5 ms like VS Code (short enough that an echoed keystroke is not
 * noticeably late); 64 Ki chars per batch keeps a JSON wire message well under
 * the harness's 1 MiB limit even if every char were escaped as \uXXXX.
 */
export const DEFAULT_BATCH: BatchOptions = { intervalMs: 5, maxChars: 64 * 1024 };

/**
 * Flow control. VS Code pauses at 100k unacked chars and resumes at 5k; that
 * drains the pipe completely before the pty may write again, which costs
 * throughput on every cycle (the resume has to travel pty -> batch -> transport
 * before xterm has work again). Resuming at half the high mark keeps xterm fed
 * while the next data is on its way; 256 Ki chars is still < 1 MiB of UTF-8
 * for typical output, and at xterm's parse rate well under the echo-latency goal.
 */
export const DEFAULT_FLOW: FlowOptions = {
  highWatermark: 256 * 1024,
  lowWatermark: 128 * 1024,
  maxHeldChars: 1024 * 1024,
};

/** Live ptys at once; more is a bug (or a hostile renderer), not a user. */
export const DEFAULT_MAX_SESSIONS = 16;
/** Ended sessions kept so a late close/resize finds them; the oldest are forgotten first. */
export const MAX_ENDED_SESSIONS = 64;
