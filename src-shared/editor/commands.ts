/**
 * The exact argv of every Windows-side editor command, in one place so tests
 * can pin them. Each is an argv array for the host (never a shell string).
 *
 * - winget: `winget install --id Microsoft.VisualStudioCode -e --scope user`
 *   (per-user install, no UAC). The agreement flags keep winget from waiting
 *   on a prompt nobody can answer in a piped run.
 * - Extensions on the Windows side: `code --install-extension ID` (VS Code CLI docs).
 * - Open a folder in the WSL remote: `code --remote wsl+<distro> <path>`, as
 *   the VS Code "Developing in WSL" docs show.
 * - Go extension in the WSL remote: since VS Code 1.53 the `code` command run
 *   *inside* the distro (the Remote-WSL CLI) installs, lists and uninstalls
 *   extensions on the WSL side (microsoft/vscode#86232, test plan
 *   microsoft/vscode-remote-release#4361). That `code` is the Windows
 *   install's `bin/code` sh script; like `code .` inside WSL it sets up the VS
 *   Code Server in the distro when it is missing (the log in
 *   microsoft/vscode-remote-release#2373), so it also works before the first
 *   `code --remote` connection (editor-go-extension.sh runs it by its path).
 *   The Windows-side `code --install-extension` installs only locally.
 */

export const WSL_EXTENSION_ID = 'ms-vscode-remote.remote-wsl';
export const GO_EXTENSION_ID = 'golang.go';
export const VSCODE_WINGET_ID = 'Microsoft.VisualStudioCode';
/** The official download page, for machines without winget (or when winget fails). */
export const VSCODE_DOWNLOAD_URL = 'https://code.visualstudio.com/Download';

export function wingetInstallVsCodeArgv(): string[] {
  return ['install', '--id', VSCODE_WINGET_ID, '-e', '--scope', 'user', '--accept-source-agreements', '--accept-package-agreements', '--disable-interactivity'];
}

export function codeInstallExtensionArgv(extensionId: string): string[] {
  return ['--install-extension', extensionId];
}

export function codeListExtensionsArgv(): string[] {
  return ['--list-extensions', '--show-versions'];
}

/** `code --remote wsl+<distro> <path>`: the path is the Linux path inside the distro. */
export function codeOpenRemoteArgv(distro: string, linuxPath: string): string[] {
  return ['--remote', `wsl+${distro}`, linuxPath];
}

/** What GoLand users paste into its WSL toolchain setting: the distro's /usr/local/go as a UNC path. */
export function golandToolchainPath(distro: string): string {
  return `\\\\wsl.localhost\\${distro}\\usr\\local\\go`;
}

/** The GOPATH as GoLand sees it from Windows (the Linux GOPATH under \\wsl.localhost\<distro>). */
export function golandGopath(distro: string, linuxGopath: string): string {
  return `\\\\wsl.localhost\\${distro}${linuxGopath.replace(/\//g, '\\')}`;
}

/** Run inside the distro as the user, after the first remote connection: installs into the WSL remote. */
export function remoteInstallGoExtensionArgv(): string[] {
  return ['code', '--install-extension', GO_EXTENSION_ID];
}
