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

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string') out[k] = v;
  return out;
}
