import type { CommandSpec } from '../types';
import { windowsPaths } from './windows-paths';

/**
 * wsl.exe commands, and the one helper every wsl.exe CommandSpec is built
 * with. WSL_UTF8=1 asks recent WSL for UTF-8; the old in-box wsl.exe ignores
 * it and answers in UTF-16LE, so output is always sniffed ('auto').
 */
export const WSL_ENV = { WSL_UTF8: '1' } as const;

export function wsl(id: string, args: readonly string[], extra: Partial<CommandSpec> = {}): CommandSpec {
  return { id, argv: [windowsPaths.wsl, ...args], env: WSL_ENV, decode: 'auto', timeoutMs: 60_000, ...extra };
}

export const wslCommands = {
  version: () => wsl('wsl.version', ['--version'], { timeoutMs: 30_000 }),
  status: () => wsl('wsl.status', ['--status'], { timeoutMs: 30_000 }),
  listVerbose: () => wsl('wsl.list-verbose', ['--list', '--verbose'], { timeoutMs: 30_000 }),
  listOnline: () => wsl('wsl.list-online', ['--list', '--online'], { timeoutMs: 60_000 }),
};
