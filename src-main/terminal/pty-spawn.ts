import { closeSync, constants, openSync } from 'node:fs';
import * as nodePty from 'node-pty';
import type { PtyLaunch } from '../host/types';
import type { TerminalSize } from './types';

/** The part of node-pty a session uses; tests substitute a fake. */
export interface PtyProcess {
  readonly pid: number;
  onData(listener: (data: Uint8Array | string) => void): void;
  onExit(listener: (e: { exitCode: number; signal?: number }) => void): void;
  write(data: string): void;
  resize(cols: number, rows: number): void;
  pause(): void;
  resume(): void;
  kill(signal?: string): void;
}

export type PtySpawner = (launch: PtyLaunch, size: TerminalSize) => PtyProcess;

/**
 * Starts the launch in a real pty. `encoding: null` hands us raw bytes, so the
 * session's streaming decoder, not node-pty's per-read decode, joins multi-byte
 * characters that a read split.
 */
export const spawnPty: PtySpawner = (launch, size) => {
  const pty = nodePty.spawn(launch.file, [...launch.args], {
    name: 'xterm-256color',
    cols: size.cols,
    rows: size.rows,
    cwd: launch.cwd ?? process.cwd(),
    env: { ...stringEnv(process.env), COLORTERM: 'truecolor', ...launch.env },
    encoding: null,
  });
  const slave = holdSlave(pty);
  pty.onExit(() => {
    if (slave !== null) closeSync(slave);
  });
  return {
    pid: pty.pid,
    // Typed as string by node-pty; with encoding null it delivers Buffers.
    onData: (listener) => void pty.onData(listener as (d: string) => void),
    onExit: (listener) => void pty.onExit(listener),
    write: (data) => pty.write(data),
    resize: (cols, rows) => pty.resize(cols, rows),
    pause: () => pty.pause(),
    resume: () => pty.resume(),
    kill: (signal) => pty.kill(signal),
  };
};

/**
 * On Linux, once the last slave fd closes, a read on the master can fail with
 * EIO while the kernel still holds output that has not reached the line
 * discipline: node-pty then drops the last few KiB of a command that exits
 * right after printing (measured: 2-4 KiB lost in a third of 8 MiB floods).
 * Holding one slave fd ourselves until node-pty reports the exit means the
 * master never sees EIO; node-pty ends the session by its own 200 ms timer
 * after the child exits, and the output is read to the end before that.
 * node-pty exposes the slave's path only as the private `_pty`.
 */
function holdSlave(pty: nodePty.IPty): number | null {
  if (process.platform === 'win32') return null;
  const path = (pty as unknown as { _pty?: unknown })._pty;
  if (typeof path !== 'string' || !path.startsWith('/dev/')) return null;
  try {
    // O_NOCTTY: opening a tty must never make it main's controlling terminal.
    return openSync(path, constants.O_RDWR | constants.O_NOCTTY);
  } catch {
    return null;
  }
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string') out[k] = v;
  return out;
}
