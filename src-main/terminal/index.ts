export { TerminalManager, type TerminalManagerOptions } from './manager';
export type { CapturedHandle } from './captured-session';
export type { PtyProcess, PtySpawner } from './pty-spawn';
export type { TerminalEmit, TerminalEvent, TerminalStats, SessionStats, TerminalSize, TerminalTitle } from './types';
export { ProtocolLineFilter } from './protocol-filter';
export { DEFAULT_BATCH, DEFAULT_FLOW } from './defaults';
