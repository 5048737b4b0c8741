import { parseWslVersion } from '../../../src-shared/parse';
import { wslCommands } from '../../host/commands/wsl';
import type { CommandSpec, Host, RunOptions } from '../../host/types';
import { bundleCommands, distroFromBundleCommand } from './commands';

/**
 * Which command installs the bundle's distro image on this PC, decided from
 * what this PC's wsl.exe says (`wsl --version`): the old in-box wsl.exe does
 * not know `--version` (exit 128 in the recordings) and gets `--import`, as
 * does a Store WSL older than 2.4.4; newer ones get `--install --from-file`.
 * The file must have been verified against the manifest (BundleService.localFile).
 */
export async function distroFromBundlePlan(host: Host, o: { name: string; file: string; installDir: string }, options: RunOptions = {}): Promise<{ wslVersion: string | null; spec: CommandSpec }> {
  const r = await host.run(wslCommands.version(), options);
  const wslVersion = r.exitCode === 0 ? parseWslVersion(`${r.stdout}\n${r.stderr}`).wslVersion : null;
  return { wslVersion, spec: distroFromBundleCommand({ wslVersion, ...o }) };
}

/** The WSL package from the bundle's MSI (verified), elevated: the offline twin of the GitHub MSI route. */
export function wslMsiFromBundleSpec(file: string): CommandSpec {
  return bundleCommands.installMsi(file);
}
