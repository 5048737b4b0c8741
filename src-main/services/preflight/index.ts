import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { evaluatePreflight } from '../../../src-shared/checks/windows';
import { parseWindowsFactsJson } from '../../../src-shared/parse/windows-facts';
import { windowsFactsSpec } from '../../host/commands/windows-facts';
import { wslCommands } from '../../host/commands/wsl';
import { runLive, type LiveDeps } from '../live-run';
import { wslFactsFrom } from './wsl-facts';

/**
 * The whole preflight in three processes, started together: one PowerShell
 * run for every Windows fact (including the registry's default WSL version,
 * which spares a `wsl --status`), `wsl --version` and `wsl --list --verbose`.
 * Each shows live in the Terminal. Facts are re-detected on every run.
 */
export async function runPreflight(runtime: LiveDeps, signal?: AbortSignal): Promise<PreflightReport> {
  const host = runtime.host();
  const before = host.processCount;
  const [facts, version, list] = await Promise.all([
    runLive(runtime, windowsFactsSpec(), signal),
    runLive(runtime, wslCommands.version(), signal),
    runLive(runtime, wslCommands.listVerbose(), signal),
  ]);
  const windows = parseWindowsFactsJson(facts.stdoutBytes);
  const wsl = wslFactsFrom(version, list, lxssDefaultVersion(facts.stdout));
  return { windows, wsl, checks: evaluatePreflight({ windows, wsl }), processCount: host.processCount - before };
}

function lxssDefaultVersion(json: string): number | null {
  const m = /"lxssDefaultVersion"\s*:\s*"?([12])"?/.exec(json);
  return m ? Number(m[1]) : null;
}
