import { describe, expect, it } from 'vitest';
import {
  codeInstallExtensionArgv,
  codeListExtensionsArgv,
  codeOpenRemoteArgv,
  golandGopath,
  golandToolchainPath,
  remoteInstallGoExtensionArgv,
  wingetInstallVsCodeArgv,
} from '../../../src-shared/editor/commands';
import { goMinor, pinnedTools } from '../../../src-shared/editor/tools';
import { toolInstallArgs } from '../../../src-main/services/editor/tool-install';

describe('exact argv of the editor commands', () => {
  it('winget installs VS Code per user without prompts', () => {
    expect(wingetInstallVsCodeArgv()).toEqual([
      'install', '--id', 'Microsoft.VisualStudioCode', '-e', '--scope', 'user',
      '--accept-source-agreements', '--accept-package-agreements', '--disable-interactivity',
    ]);
  });
  it('code installs the WSL extension on Windows and lists extensions with versions', () => {
    expect(codeInstallExtensionArgv('ms-vscode-remote.remote-wsl')).toEqual(['--install-extension', 'ms-vscode-remote.remote-wsl']);
    expect(codeListExtensionsArgv()).toEqual(['--list-extensions', '--show-versions']);
  });
  it('code opens the project in the WSL remote, the distro name and path as single arguments', () => {
    expect(codeOpenRemoteArgv('Ubuntu-22.04', '/home/dev/hello-go')).toEqual(['--remote', 'wsl+Ubuntu-22.04', '/home/dev/hello-go']);
    expect(codeOpenRemoteArgv('My Distro', '/home/a b/hello-go')).toEqual(['--remote', 'wsl+My Distro', '/home/a b/hello-go']);
  });
  it('the Go extension goes into the remote by the remote CLI inside the distro', () => {
    expect(remoteInstallGoExtensionArgv()).toEqual(['code', '--install-extension', 'golang.go']);
  });
  it('GoLand gets UNC paths under \\\\wsl.localhost', () => {
    expect(golandToolchainPath('Ubuntu')).toBe('\\\\wsl.localhost\\Ubuntu\\usr\\local\\go');
    expect(golandGopath('Ubuntu', '/home/dev/go')).toBe('\\\\wsl.localhost\\Ubuntu\\home\\dev\\go');
  });
  it('editor-tools.sh gets every tool as NAME PKG@VERSION, the proxy never in argv', () => {
    const args = toolInstallArgs({
      distro: 'Ubuntu', user: 'dev', tools: pinnedTools('go1.22.3')!, goproxy: 'https://goproxy.cn,direct', gosumdb: 'sum.golang.google.cn',
      proxyUrl: 'http://u:secret@10.0.0.1:8080', perToolTimeoutS: 300,
    });
    expect(args).toEqual([
      '--user', 'dev', '--goproxy', 'https://goproxy.cn,direct', '--gosumdb', 'sum.golang.google.cn', '--timeout', '300',
      '--tool', 'gopls', 'golang.org/x/tools/gopls@v0.16.2',
      '--tool', 'dlv', 'github.com/go-delve/delve/cmd/dlv@v1.23.1',
      '--tool', 'staticcheck', 'honnef.co/go/tools/cmd/staticcheck@v0.5.1',
    ]);
    expect(args.join(' ')).not.toContain('secret');
  });
});

describe('tool pins by Go version', () => {
  it('reads the minor of release, patch and rc versions', () => {
    expect([goMinor('go1.19'), goMinor('go1.22.3'), goMinor('go1.21rc2'), goMinor('1.22'), goMinor('go2.0')]).toEqual([19, 22, 21, null, null]);
  });
  it('follows the vscode-go compatibility table for go1.18 to go1.20', () => {
    const v = (g: string) => Object.fromEntries(pinnedTools(g)!.map((t) => [t.name, t.version]));
    expect(v('go1.18.10')).toMatchObject({ gopls: 'v0.14.2', dlv: 'v1.20.0' });
    expect(v('go1.19.13')).toMatchObject({ gopls: 'v0.15.3', dlv: 'v1.21.2' });
    expect(v('go1.20.14')).toMatchObject({ gopls: 'v0.15.3', dlv: 'v1.22.1' });
  });
  it('gives newer Go the newest row and refuses Go older than 1.18', () => {
    expect(pinnedTools('go1.30.0')?.map((t) => t.version)).toEqual(pinnedTools('go1.23.0')?.map((t) => t.version));
    expect(pinnedTools('go1.17.13')).toBeNull();
    expect(pinnedTools('devel')).toBeNull();
  });
});
