import type { DistroInfo, WslFacts } from '../../../src-shared/contract/preflight';
import { parseWslListVerbose } from '../../../src-shared/parse/wsl-list-verbose';
import { parseWslVersion } from '../../../src-shared/parse/wsl-version';
import type { RunResult } from '../../host/types';

/**
 * The old in-box wsl.exe does not know `--version`: it prints its usage or
 * "Invalid command line option" in the display language, and exits non-zero
 * (Rancher Desktop saw 128 and -1). A known option name is echoed back
 * untranslated, which is what we key on.
 */
function looksLegacy(r: RunResult): boolean {
  const text = `${r.stdout}\n${r.stderr}`;
  return r.exitCode !== 0 && r.exitCode !== null && /--version|--install|Wsl\/E_INVALIDARG|0x80070057/i.test(text);
}

/** Ran at all: a missing wsl.exe fails to start (null) or is not recorded (127). */
const answered = (r: RunResult) => r.exitCode !== null && r.exitCode !== 127;

export function wslFactsFrom(version: RunResult, list: RunResult, lxssDefaultVersion: number | null): WslFacts {
  const v = version.exitCode === 0 ? parseWslVersion(version.stdoutBytes) : null;
  const legacy = version.exitCode === 0 ? false : answered(version) ? looksLegacy(version) : null;
  // `wsl -l -v` with no distro exits -1 and prints a sentence; the parser recognises that as [].
  const parsed = answered(list) ? parseWslListVerbose(list.stdoutBytes.length ? list.stdoutBytes : list.stderrBytes).distros : null;
  const distros: DistroInfo[] | null =
    parsed === null ? null : parsed.map((d) => ({ name: d.name, state: d.state ?? 'Unknown', version: d.version, isDefault: d.isDefault === true }));
  const defaultDistro = distros?.find((d) => d.isDefault)?.name ?? null;
  return {
    present: answered(version) || answered(list),
    wslVersion: v?.wslVersion ?? null,
    kernelVersion: v?.kernelVersion ?? null,
    // Without a registry value WSL defaults to 2 on every build that has `wsl --version`.
    defaultVersion: lxssDefaultVersion ?? (v?.wslVersion ? 2 : null),
    defaultDistro,
    distros,
    legacyInbox: legacy,
  };
}
