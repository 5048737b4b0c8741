import fs from 'node:fs';
import path from 'node:path';
import type { Runtime } from '../../ipc/runtime';
import { loadPreset } from '../../services/preset';
import { clearResume, getResume, RESUME_FLAG, runOnceCommandLine } from '../../services/resume';
import { buildSessionReport } from '../../services/report';
import { runUnattended } from '../../services/unattended/orchestrate';
import { EXIT_CODES, exitCodeOf, resultLine, type UnattendedOutcome } from '../../services/unattended/outcome';
import { unattendedDeps } from './deps';

/**
 * `--unattended --preset FILE`: no window, no questions. Reads and checks the
 * preset (an invalid one: its problems in the log, exit 2, nothing runs),
 * runs the orchestrator, then writes the redacted support report and one
 * result line into the log folder and answers the exit code
 * (docs/preset.md). A restart leaves the resume state and RunOnce entry for
 * the next sign-in; any other ending clears them.
 */
export const UNATTENDED_FLAG = '--unattended';
export const UNATTENDED_LOG = 'unattended.log';
export const UNATTENDED_REPORT = 'unattended-report.json';

export function isUnattended(argv: readonly string[]): boolean {
  return argv.includes(UNATTENDED_FLAG);
}

export interface UnattendedRunOptions {
  readonly runtime: Runtime;
  /** The app's own arguments (after the exe). */
  readonly argv: readonly string[];
  /** Where go-wsl-setup.preset.json is looked for when --preset is absent. */
  readonly exeDir: string;
  /** What RunOnce starts after a restart. */
  readonly exePath: string;
  /** The log folder: unattended.log (appended) and unattended-report.json. */
  readonly logDir: string;
  readonly now?: () => Date;
  /** Each progress line also goes here (stdout in a console, main's log in the app). */
  readonly print?: (line: string) => void;
}

export interface UnattendedRunResult {
  readonly exitCode: number;
  readonly outcome: UnattendedOutcome | null;
  readonly line: string;
  /** The RunOnce command line registered when the outcome is a restart. */
  readonly runOnce: string | null;
  /** The same, as the app's argv after the exe (what the next start receives). */
  readonly resumeArgv: readonly string[] | null;
}

export async function runUnattendedApp(o: UnattendedRunOptions): Promise<UnattendedRunResult> {
  const now = o.now ?? (() => new Date());
  fs.mkdirSync(o.logDir, { recursive: true });
  const logFile = path.join(o.logDir, UNATTENDED_LOG);
  const log = (line: string) => {
    fs.appendFileSync(logFile, `${now().toISOString()} ${line}\n`);
    o.print?.(line);
  };

  const loaded = loadPreset({ argv: o.argv, exeDir: o.exeDir });
  if (loaded.status !== 'ok') {
    if (loaded.status === 'invalid') {
      log(`preset ${loaded.source}: invalid, ${loaded.problems.length} problem(s)`);
      for (const p of loaded.problems) log(`  ${p.path || '(file)'}: ${p.message.en} / ${p.message['zh-CN']}`);
    } else log(`no preset: give --preset FILE or put go-wsl-setup.preset.json next to the app`);
    const line = `RESULT invalid-preset exit=${EXIT_CODES.invalid}`;
    log(line);
    return { exitCode: EXIT_CODES.invalid, outcome: null, line, runOnce: null, resumeArgv: null };
  }

  const presetFile = loaded.source;
  // RunOnce starts the same run again: the preset by its absolute path (the working folder is not ours then).
  const resumeArgs = [UNATTENDED_FLAG, '--preset', presetFile];
  const resumed = o.argv.includes(RESUME_FLAG) ? (await getResume(o.runtime)).state : null;
  log(`start: preset ${presetFile}${resumed ? `, resumed at ${resumed.step} after a restart (${resumed.reason ?? 'no reason'})` : ''}`);
  const deps = unattendedDeps(o.runtime, loaded.preset, { exePath: o.exePath, resumeArgs, log });
  const outcome = await runUnattended(deps, loaded.preset, resumed);
  if (outcome.kind !== 'restart') await clearResume(o.runtime);
  if (outcome.kind === 'needs-person' || outcome.kind === 'failed') log(`${outcome.step}: ${outcome.catalogId}: ${outcome.detail}`);

  // Redacted (personal data masked; secrets are removed either way), as a person would send it to support.
  try {
    const built = buildSessionReport(o.runtime, { redact: true, lang: 'en', now });
    fs.writeFileSync(path.join(o.logDir, UNATTENDED_REPORT), built.json);
    log(`support report: ${path.join(o.logDir, UNATTENDED_REPORT)} (${built.report.transcript.entries.length} runs, redacted)`);
  } catch (e) {
    log(`support report: not written (${e instanceof Error ? e.message : String(e)})`);
  }
  const line = resultLine(outcome);
  log(line);
  const restart = outcome.kind === 'restart';
  return {
    exitCode: exitCodeOf(outcome),
    outcome,
    line,
    runOnce: restart ? runOnceCommandLine(o.exePath, resumeArgs) : null,
    resumeArgv: restart ? [RESUME_FLAG, ...resumeArgs] : null,
  };
}

