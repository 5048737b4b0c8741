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

/**
 * Exits that answer the question rather than fail (answerExits): the old in-box
 * wsl.exe has no --version, and a PC without WSL has no wsl --version either:
 * exits 1, 128 or -1 (assets/machines: win10-home-zh-gbk 1, win10-inbox-legacy 128,
 * win11-standard-user -1); preflight reads them as facts. With no distribution yet, --list exits -1 after
 * saying so (FIELD-NOTES; fixtures/real/win/wsl-list-verbose-no-distributions-en-01.txt).
 */
export const wslCommands = {
  version: () => wsl('wsl.version', ['--version'], { timeoutMs: 30_000, answerExits: [1, 128, -1] }),
  status: () => wsl('wsl.status', ['--status'], { timeoutMs: 30_000 }),
  listVerbose: () => wsl('wsl.list-verbose', ['--list', '--verbose'], { timeoutMs: 30_000, answerExits: [-1] }),
  listOnline: () => wsl('wsl.list-online', ['--list', '--online'], { timeoutMs: 60_000 }),
};
