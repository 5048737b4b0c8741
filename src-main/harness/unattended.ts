import type { Runtime } from '../ipc/runtime';
import { runUnattendedApp, type UnattendedRunResult } from '../app/unattended/run';
import { EXIT_CODES } from '../services/unattended/outcome';

/**
 * The harness playing Windows for an unattended run on a recorded machine:
 * no window, the same runner as the app. When the run restarts Windows (the
 * recording moves on to its restarted phase), the harness does what Windows
 * does at the next sign-in: starts the RunOnce entry, that is the same run
 * again with --resume, on the same machine. At most MAX_RESTARTS restarts,
 * so a recording that restarts forever ends the test instead of hanging it.
 */
const MAX_RESTARTS = 3;

export interface HarnessUnattendedOptions {
  runtime: Runtime;
  argv: readonly string[];
  logDir: string;
  print: (line: string) => void;
}

/** The exe path RunOnce would start on the recorded machine (electron-builder's per-user place, docs/preset-winget.md). */
export const RECORDED_EXE = 'C:\\Users\\user\\AppData\\Local\\Programs\\Go on WSL Setup\\Go on WSL Setup.exe';

export async function runHarnessUnattended(o: HarnessUnattendedOptions): Promise<number> {
  let argv = [...o.argv];
  let result: UnattendedRunResult | null = null;
  for (let start = 0; start <= MAX_RESTARTS; start++) {
    result = await runUnattendedApp({ runtime: o.runtime, argv, exeDir: process.cwd(), exePath: RECORDED_EXE, logDir: o.logDir, print: o.print });
    if (result.outcome?.kind !== 'restart') return result.exitCode;
    o.print(`harness: Windows restarts; at the next sign-in RunOnce starts: ${result.runOnce ?? '(nothing registered)'}`);
    // What RunOnce starts: exactly the arguments the runner registered after the exe.
    o.runtime.facts.preflight = null;
    argv = [...(result.resumeArgv ?? [])];
  }
  o.print(`harness: still restarting after ${MAX_RESTARTS} restarts; stopping`);
  return result?.exitCode ?? EXIT_CODES.failed;
}
