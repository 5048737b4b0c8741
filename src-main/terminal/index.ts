export { TerminalManager, type TerminalManagerOptions } from './manager';
export type { CapturedHandle } from './captured-session';
export type { PtyProcess, PtySpawner } from './pty-spawn';
export type { TerminalEmit, TerminalEvent, TerminalStats, SessionStats, TerminalSize } from './types';
export { DEFAULT_BATCH, DEFAULT_FLOW } from './defaults';
