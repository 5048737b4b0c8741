import { codeInstallExtensionArgv, codeOpenRemoteArgv, WSL_EXTENSION_ID, wingetInstallVsCodeArgv } from '../../../src-shared/editor/commands';
import type { CommandSpec } from '../types';

/**
 * The Editor step's Windows commands, each an argv array (no shell, no cmd.exe).
 *
 * - winget: its path is the one the facts script found (the App Installer
 *   alias), never a name looked up on PATH. winget writes UTF-8 (its strings
 *   are UTF-8 internally), not the console code page.
 * - The VS Code CLI: bin\code.cmd sets ELECTRON_RUN_AS_NODE=1 and starts
 *   `"%~dp0..\Code.exe" "%~dp0..\resources\app\out\cli.js" %*`
 *   (microsoft/vscode resources/win32/bin/code.cmd). Node cannot start a .cmd
 *   without a shell, so we run those two files with that variable ourselves:
 *   the same program, the arguments as an array.
 */
export interface VsCodeCli {
  readonly exe: string;
  readonly cliJs: string;
}

export function wingetInstallSpec(wingetPath: string): CommandSpec {
  return {
    id: 'editor.winget-install-vscode',
    argv: [wingetPath, ...wingetInstallVsCodeArgv()],
    decode: 'utf8',
    mutates: true,
    // The installer is ~100 MB: a slow line needs minutes, a dead one fails sooner on its own.
    timeoutMs: 20 * 60_000,
    title: 'winget install VS Code',
  };
}

function cliSpec(id: string, cli: VsCodeCli, args: string[], title: string, timeoutMs: number, key?: string): CommandSpec {
  return {
    id,
    ...(key ? { key } : {}),
    argv: [cli.exe, cli.cliJs, ...args],
    env: { ELECTRON_RUN_AS_NODE: '1' },
    decode: 'utf8',
    mutates: true,
    timeoutMs,
    title,
  };
}

export function installWslExtensionSpec(cli: VsCodeCli): CommandSpec {
  return cliSpec('editor.code-install-wsl-extension', cli, codeInstallExtensionArgv(WSL_EXTENSION_ID), 'code --install-extension', 5 * 60_000);
}

/** Opens a window and returns: the CLI starts VS Code detached and exits. */
export function openRemoteSpec(cli: VsCodeCli, distro: string, linuxPath: string): CommandSpec {
  return cliSpec('editor.code-open-remote', cli, codeOpenRemoteArgv(distro, linuxPath), 'code --remote', 60_000, distro);
}
