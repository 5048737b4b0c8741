import { versionAtLeast } from '../../../src-shared/distro/config-plan';
import { isDistroName } from '../../../src-shared/names';
import { windowsPaths } from '../../host/commands/windows-paths';
import { wsl } from '../../host/commands/wsl';
import type { CommandSpec } from '../../host/types';

/**
 * The Windows commands that install from a verified bundle, as argv arrays
 * (the file paths are single arguments, never parts of a command line).
 *
 * The distro image: `wsl --install --from-file FILE --name NAME --no-launch`
 * where WSL knows it, else `wsl --import NAME DIR FILE --version 2`.
 *  - `--from-file` came with the tar-based distribution format; Microsoft's
 *    "build a custom distro" guide says it applies to WSL 2.4.4 and higher
 *    (quoted in microsoft/WSL#12398), and microsoft/WSL#12298 shows
 *    `wsl --install --from-file` on WSL 2.4.4. wsl.exe's usage text lists it
 *    under --install as `--from-file <Path>` (microsoft/WSL's localized
 *    Resources.resw strings, e.g. the ko-KR one).
 *    It reads the image's /etc/wsl-distribution.conf and runs its first-boot
 *    setup; `--import` only registers the root file system
 *    (os-autoinst/os-autoinst-distri-opensuse#26403).
 *  - A `.wsl` file is a tar (gz) with that config inside; older wsl.exe
 *    imports it with `--import`, which does not look at the extension
 *    (nix-community/NixOS-WSL#600). WSL 1 cannot read xz (microsoft/WSL#12451),
 *    so `--version 2` is explicit.
 * The WSL package: msiexec /i FILE /qn /norestart, elevated: the same
 * installer call as the GitHub MSI route (services/wsl/msi-script.ts), with
 * the file from the bundle instead of a download; 3010 = restart needed.
 */
export const MIN_WSL_FROM_FILE = '2.4.4';

const MIN = 60_000;

export function canInstallFromFile(wslVersion: string | null): boolean {
  return versionAtLeast(wslVersion, MIN_WSL_FROM_FILE);
}

export const bundleCommands = {
  installFromFile: (name: string, file: string): CommandSpec =>
    wsl('wsl.install-from-file', ['--install', '--from-file', file, '--name', checked(name), '--no-launch'], { key: name, mutates: true, timeoutMs: 30 * MIN, title: `wsl --install --from-file (${name})` }),

  importImage: (name: string, installDir: string, file: string): CommandSpec =>
    wsl('wsl.import', ['--import', checked(name), installDir, file, '--version', '2'], { key: name, mutates: true, timeoutMs: 30 * MIN, title: `wsl --import ${name}` }),

  installMsi: (file: string): CommandSpec => ({
    id: 'wsl.install-msi-file',
    argv: [windowsPaths.msiexec, '/i', file, '/qn', '/norestart'],
    decode: 'auto',
    elevated: true,
    mutates: true,
    timeoutMs: 20 * MIN,
    title: 'WSL package (MSI from the offline bundle)',
  }),
};

/** The distro's image goes in with the newest way this WSL knows. */
export function distroFromBundleCommand(o: { wslVersion: string | null; name: string; file: string; installDir: string }): CommandSpec {
  return canInstallFromFile(o.wslVersion) ? bundleCommands.installFromFile(o.name, o.file) : bundleCommands.importImage(o.name, o.installDir, o.file);
}

function checked(name: string): string {
  // The manifest's schema checked it already; these become wsl.exe arguments, so check again here.
  if (!isDistroName(name)) throw new Error(`not a WSL distro name: ${name}`);
  return name;
}
