import type { EditorOpenResult, VsCodeRun, VsCodeStatus } from '../../../src-shared/contract/editor';
import { ApiError } from '../../../src-shared/contract';
import { diagnoseCodeCli, diagnoseWinget } from '../../../src-shared/diagnose/editor';
import { parseVsCodeFacts, usableVsCode, type VsCodeFacts } from '../../../src-shared/editor/vscode-facts';
import { installWslExtensionSpec, openRemoteSpec, wingetInstallSpec } from '../../host/commands/vscode';
import { windowsFactsSpec } from '../../host/commands/windows-facts';
import type { CommandSpec, RunResult } from '../../host/types';

/**
 * VS Code on the Windows side. Every command runs live (the caller's `run`
 * shows it in the Terminal). What to run comes from the facts script's last
 * answer, kept here in main; the renderer only says which action.
 */
export type LiveRun = (spec: CommandSpec, signal?: AbortSignal) => Promise<RunResult>;

/** The environment the profile variables come from: main's own (it runs as the same Windows user). */
export type ProfileEnv = Readonly<Record<string, string | undefined>>;

/**
 * %LOCALAPPDATA% / %USERPROFILE% at the start of a path the facts wrote, expanded from main's
 * environment; a variable that is not set (or not a drive path) makes the path unusable.
 */
export function expandProfilePath(p: string, env: ProfileEnv): string {
  const m = /^%(LOCALAPPDATA|USERPROFILE)%(\\.*)$/i.exec(p);
  if (!m) return p;
  const base = env[m[1]!.toUpperCase()];
  if (!base || !/^[A-Za-z]:\\/.test(base)) throw new ApiError('VALIDATION', `%${m[1]!.toUpperCase()}% is not set in this process`, { catalogId: 'VSCODE_CLI_FAILED' });
  return base.replace(/\\+$/, '') + m[2]!;
}

export class VsCodeService {
  private last: VsCodeFacts | null = null;

  constructor(
    private readonly run: LiveRun,
    private readonly env: ProfileEnv = process.env,
  ) {}

  private cli(found: { cli: { exe: string; cliJs: string } | null } | null): { exe: string; cliJs: string } | null {
    return found?.cli ? { exe: expandProfilePath(found.cli.exe, this.env), cliJs: expandProfilePath(found.cli.cliJs, this.env) } : null;
  }

  /** One facts run (the same PowerShell as the preflight), read for VS Code, winget and the WSL extension. */
  async detect(signal?: AbortSignal): Promise<VsCodeFacts> {
    const result = await this.run(windowsFactsSpec(), signal);
    if (result.exitCode !== 0) throw new ApiError('HOST_FAILED', `the facts script exited with ${String(result.exitCode)}`, { catalogId: 'UNKNOWN', stderrTail: result.stderr.slice(-2000) });
    this.last = parseVsCodeFacts(result.stdoutBytes);
    return this.last;
  }

  private async facts(signal?: AbortSignal): Promise<VsCodeFacts> {
    return this.last ?? this.detect(signal);
  }

  async status(signal?: AbortSignal): Promise<VsCodeStatus> {
    return { facts: await this.detect(signal), run: null };
  }

  /** `winget install ... --scope user`, then the facts again: only they say whether VS Code is there now. */
  async installVsCode(signal?: AbortSignal): Promise<VsCodeStatus> {
    const facts = await this.facts(signal);
    if (!facts.winget) throw new ApiError('VALIDATION', 'winget is not available on this Windows', { catalogId: 'VSCODE_NO_WINGET' });
    const result = await this.run(wingetInstallSpec(expandProfilePath(facts.winget, this.env)), signal);
    if (result.cancelled) throw new ApiError('CANCELLED', 'winget install was cancelled');
    const finding = diagnoseWinget(result.timedOut ? null : result.exitCode, `${result.stdout}\n${result.stderr}`);
    const run: VsCodeRun = { ok: finding === null, exitCode: result.exitCode, catalogId: finding?.id ?? null, evidence: finding?.evidence ?? [] };
    return { facts: await this.detect(signal), run };
  }

  async installWslExtension(signal?: AbortSignal): Promise<VsCodeStatus> {
    const cli = this.cli(usableVsCode(await this.facts(signal)));
    if (!cli) throw new ApiError('VALIDATION', 'no VS Code with a command line was found', { catalogId: 'VSCODE_CLI_FAILED' });
    const result = await this.run(installWslExtensionSpec(cli), signal);
    if (result.cancelled) throw new ApiError('CANCELLED', 'code --install-extension was cancelled');
    const run = cliRun(result, true);
    return { facts: await this.detect(signal), run };
  }

  /** The Windows path of the usable install's `bin\code` (the sh script the distro side runs). */
  async codeScript(signal?: AbortSignal): Promise<string> {
    const found = usableVsCode(await this.facts(signal));
    if (!found) throw new ApiError('VALIDATION', 'no VS Code with a command line was found', { catalogId: 'VSCODE_CLI_FAILED' });
    return expandProfilePath(`${found.location}\\bin\\code`, this.env);
  }

  async open(distro: string, linuxPath: string, signal?: AbortSignal): Promise<EditorOpenResult> {
    const cli = this.cli(usableVsCode(await this.facts(signal)));
    if (!cli) throw new ApiError('VALIDATION', 'no VS Code with a command line was found', { catalogId: 'VSCODE_CLI_FAILED' });
    const result = await this.run(openRemoteSpec(cli, distro, linuxPath), signal);
    return { path: linuxPath, run: cliRun(result, false) };
  }
}

function cliRun(result: RunResult, fetches: boolean): VsCodeRun {
  const finding = diagnoseCodeCli(result.timedOut ? null : result.exitCode, `${result.stdout}\n${result.stderr}`, fetches);
  return { ok: finding === null, exitCode: result.exitCode, catalogId: finding?.id ?? null, evidence: finding?.evidence ?? [] };
}
