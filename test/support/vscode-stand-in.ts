import fs from 'node:fs';
import path from 'node:path';

/**
 * What the distro side needs to install the Go extension, on this Linux
 * machine: a `wslpath` that maps C:\... to /mnt/c/... (as WSL's does with the
 * default automount root) and, at that place under the sandbox root, a
 * stand-in for VS Code's `bin/code` script. The stand-in prints the VS Code
 * extension CLI's messages (microsoft/vscode extensionManagementCLI.ts:
 * "Installing extensions on {0}...", "Extension '{0}' v{1} was successfully
 * installed.") and records its arguments and proxy variables, so a test can
 * check what the script ran and with which proxy. FAIL=1 in its environment
 * makes it fail as the Marketplace being unreachable does.
 */
export const VSCODE_WIN = 'C:\\Users\\tester\\AppData\\Local\\Programs\\Microsoft VS Code';

export function installVsCodeStandIn(root: string, shims: string, options: { fail?: boolean } = {}): { log: string } {
  fs.mkdirSync(shims, { recursive: true });
  fs.writeFileSync(
    path.join(shims, 'wslpath'),
    '#!/bin/sh\n[ "$1" = -u ] || exit 1\nprintf "%s\\n" "$2" | sed -e "s|^\\([A-Za-z]\\):|/mnt/\\L\\1|" -e "s|\\\\\\\\|/|g"\n',
    { mode: 0o755 },
  );
  const bin = path.join(root, 'mnt/c/Users/tester/AppData/Local/Programs/Microsoft VS Code/bin');
  fs.mkdirSync(bin, { recursive: true });
  const log = path.join(root, 'vscode-stand-in.log');
  const body = options.fail
    ? 'echo "Installing extensions on WSL: Ubuntu-24.04..."\necho "Error: getaddrinfo ENOTFOUND marketplace.visualstudio.com"\necho "Failed Installing Extensions: golang.go"\nexit 1\n'
    : 'echo "Installing extensions on WSL: Ubuntu-24.04..."\necho "Installing extension \'golang.go\'..."\necho "Extension \'golang.go\' v0.44.0 was successfully installed."\n';
  fs.writeFileSync(path.join(bin, 'code'), `#!/bin/sh\nprintf 'args=%s https_proxy=%s\\n' "$*" "\${https_proxy:-}" >>'${log}'\n${body}`, { mode: 0o755 });
  return { log };
}
