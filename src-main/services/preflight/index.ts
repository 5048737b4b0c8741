import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { evaluatePreflight } from '../../../src-shared/checks/windows';
import { parseWindowsFactsJson } from '../../../src-shared/parse/windows-facts';
import { windowsFactsSpec } from '../../host/commands/windows-facts';
import { wslCommands } from '../../host/commands/wsl';
import { runLive, type LiveDeps } from '../live-run';
import { noteBootFacts, restartHistory, type RestartDeps } from '../resume/restart-history';
import { wslFactsFrom } from './wsl-facts';

/**
 * The whole preflight in three processes, started together: one PowerShell
 * run for every Windows fact (including the registry's default WSL version,
 * which spares a `wsl --status`), `wsl --version` and `wsl --list --verbose`.
 * Each shows live in the Terminal. Facts are re-detected on every run.
 */
/** The host and Terminal; with the recorded machine's id too, the restart the wizard asked for is judged as well. */
export type PreflightDeps = LiveDeps & Partial<RestartDeps>;

const knowsMachine = (d: PreflightDeps): d is LiveDeps & RestartDeps => typeof d.currentMachine === 'function';

export async function runPreflight(runtime: PreflightDeps, signal?: AbortSignal): Promise<PreflightReport> {
  const host = runtime.host();
  const before = host.processCount;
  const [facts, version, list] = await Promise.all([
    runLive(runtime, windowsFactsSpec(), signal),
    runLive(runtime, wslCommands.version(), signal),
    runLive(runtime, wslCommands.listVerbose(), signal),
  ]);
  const windows = parseWindowsFactsJson(facts.stdoutBytes);
  const wsl = wslFactsFrom(version, list, lxssDefaultVersion(facts.stdout));
  const restart = knowsMachine(runtime) ? await restartHistory(runtime, windows) : null;
  noteBootFacts(runtime, windows);
  return { windows, wsl, checks: evaluatePreflight({ windows, wsl, restart }), processCount: host.processCount - before };
}

function lxssDefaultVersion(json: string): number | null {
  const m = /"lxssDefaultVersion"\s*:\s*"?([12])"?/.exec(json);
  return m ? Number(m[1]) : null;
}
