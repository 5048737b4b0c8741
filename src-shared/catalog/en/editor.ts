import type { AreaWords } from '../types';

/** The Editor step's Windows side: VS Code, winget and the VS Code CLI (en). */
export const editorEn = {
  VSCODE_NO_WINGET: {
    title: 'VS Code is not installed and winget is not available',
    cause: 'winget (the Windows Package Manager, part of App Installer) is missing on this Windows: Windows 10 LTSC and Windows Server do not include it, and some company images remove it. So the wizard cannot install VS Code by itself.',
    fix: ['Download the "User Installer" for Windows from https://code.visualstudio.com/Download and run it (no administrator rights needed).', 'Come back and press "Check again": the wizard finds the new VS Code by itself.'],
  },
  VSCODE_WINGET_NETWORK: {
    title: 'winget could not download VS Code',
    cause: 'winget reached neither its package list nor the VS Code download: the network, a proxy that Windows does not know about, or a firewall stopped it (codes such as 0x80072efd "InternetOpenUrl() failed" or 0x8a15000f "Data required by the source is missing").',
    fix: ['Check that this PC can open https://code.visualstudio.com in a browser; if a proxy app is used, turn on its "system proxy" option.', 'Press "Install VS Code" again: the error is often temporary.', 'Or download the User Installer from https://code.visualstudio.com/Download and run it, then press "Check again".'],
  },
  VSCODE_WINGET_FAILED: {
    title: 'winget could not install VS Code',
    cause: 'winget found VS Code but its installation ended with an error (the lines shown come from winget itself).',
    fix: ['Close every VS Code window and try again.', 'Or download the User Installer from https://code.visualstudio.com/Download and run it, then press "Check again".'],
  },
  VSCODE_MARKETPLACE_UNREACHABLE: {
    title: 'VS Code could not reach the extension Marketplace',
    cause: 'The VS Code command line downloads extensions from marketplace.visualstudio.com by itself and could not reach it: the name did not resolve, the connection timed out, or a proxy stood in the way. The command line does not use a proxy unless VS Code\'s “http.proxy” setting names it.',
    fix: ['If you need a proxy, set it in VS Code: File > Preferences > Settings, search "http.proxy", enter the proxy address the Network step found.', 'Or install the extension from inside VS Code: Extensions view, search "WSL", Install.'],
  },
  VSCODE_CLI_FAILED: {
    title: 'The VS Code command did not succeed',
    cause: 'The VS Code command line ended with an error (the lines shown are its own output).',
    fix: ['Close every VS Code window and press the button again.', 'If VS Code was just updated, restart Windows once; then press "Check again".'],
  },
} satisfies AreaWords;
