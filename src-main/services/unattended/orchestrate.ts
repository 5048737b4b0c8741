import type { PreflightReport, RebootReason, ResumeState, WslActionResult, WslFixAction } from '../../../src-shared/contract';
import type { StepName } from '../../../src-shared/contract/steps';
import type { Preset } from '../../../src-shared/preset/schema';
import type { UnattendedOutcome } from './outcome';

/**
 * The unattended run's one sequence (docs/preset.md, "Unattended run"): the
 * wizard's steps in their order, over narrow deps (the app binds them to the
 * same handlers the pages call), deciding only what the preset or the
 * machine decides. Whatever a person would have to choose stops the run at
 * that step, naming it by catalog ID; nothing the preset does not name is
 * removed, unregistered or overwritten. Pure: no I/O of its own, so every
 * decision is unit-tested with fakes.
 */

/** The catalog ID for "a choice left to a person" (the preset asks them, or the run cannot make it alone). */
export const NEEDS_CHOICE = 'UNATTENDED_NEEDS_CHOICE';

export interface Target {
  distro: string;
  user: string;
}

export interface GoReleases {
  latestStable: string | null;
  versions: readonly string[];
}

export interface OldGoFinding {
  catalogId: string;
  /** null: nothing to remove (our own earlier install, a Windows go.exe): the install goes ahead. */
  cleanKind: string | null;
  path: string;
}

export interface UnattendedDeps {
  preflight(): Promise<PreflightReport>;
  /** One elevated fix (one UAC prompt), as the Preflight page's button runs it. */
  fix(action: WslFixAction): Promise<WslActionResult>;
  installWsl(): Promise<WslActionResult>;
  /** Save where to resume, register RunOnce with this same unattended command line, restart. False: Windows refused. */
  restart(step: StepName, reason: RebootReason): Promise<boolean>;
  /** The distro's default user (its /etc/wsl.conf), null when it names none. */
  defaultUser(distro: string): Promise<string | null>;
  goReleases(): Promise<GoReleases>;
  detectOldGo(target: Target): Promise<readonly OldGoFinding[]>;
  installGo(target: Target, version: string): Promise<{ version: string }>;
  verifyShells(target: Target, version: string): Promise<{ ok: boolean; finding: string | null }>;
  applyProxy(target: Target, url: string, noProxy: readonly string[]): Promise<void>;
  /** The proxy Windows uses, as the distro reaches it (the Network page's plan); url null: Windows uses none. */
  windowsProxy(target: Target): Promise<{ url: string | null; noProxy: readonly string[] }>;
  /** Whether the distro gets through this proxy (the Network page's test). */
  testProxy(target: Target, url: string): Promise<{ ok: boolean; finding: string | null }>;
  raceGoproxy(target: Target, candidates: readonly string[] | null): Promise<{ winner: string | null; sumdb: string | null; finding: string | null }>;
  applyGoproxy(target: Target, goproxy: string, gosumdb: 'sum.golang.org' | 'sum.golang.google.cn', goprivate: string | null): Promise<unknown>;
  gitSetup(target: Target, name: string, email: string): Promise<void>;
  prove(target: Target): Promise<{ ok: boolean; finding: string | null; failedStep: string | null }>;
  log(line: string): void;
}

/** The fixes an unattended run may take by itself, in the order it takes them (each is one elevated command). */
const AUTO_FIXES: readonly WslFixAction[] = ['windows.enable-features', 'wsl.update', 'wsl.set-default-version'];
const GOSUMDBS = ['sum.golang.org', 'sum.golang.google.cn'] as const;
/** A bound on fix/install rounds: every round changes the machine, so more than this is a loop, not progress. */
const MAX_ROUNDS = 4;

type Stop = Exclude<UnattendedOutcome, { kind: 'done' }>;
const needs = (step: StepName, catalogId: string, detail: string): Stop => ({ kind: 'needs-person', step, catalogId, detail });
const failed = (step: StepName, catalogId: string, detail: string): Stop => ({ kind: 'failed', step, catalogId, detail });

function firstFinding(result: WslActionResult): string {
  return result.findings[0]?.id ?? result.attempts.flatMap((a) => a.findings)[0]?.id ?? 'UNKNOWN';
}

/** What an elevated action's outcome means for the run; null: done, go on. */
async function afterAction(deps: UnattendedDeps, step: StepName, result: WslActionResult, resumed: ResumeState | null): Promise<Stop | null> {
  switch (result.outcome) {
    case 'done':
      return null;
    case 'reboot-required': {
      const reason = result.reboot.reasons[0] ?? (step === 'wsl' ? 'wsl-installed' : 'features-enabled');
      // Restarted for this very reason already and it asks again: a loop (FIELD-NOTES), a person looks.
      if (resumed !== null && resumed.step === step && resumed.reason === reason) {
        return needs(step, 'WIN_REBOOT_PERSISTS', `${result.action} still needs a restart after the one taken for it`);
      }
      if (!(await deps.restart(step, reason))) return failed(step, 'WIN_REBOOT_PERSISTS', 'Windows refused the restart');
      return { kind: 'restart', step, reason };
    }
    case 'elevation-denied':
      return needs(step, 'WSL_ELEVATION_DENIED', `${result.action}: the administrator prompt was declined or is not available`);
    case 'cancelled':
    case 'failed':
      return failed(step, firstFinding(result), `${result.action} ${result.outcome}`);
  }
}

/** Preflight and WSL: the automatic fixes and the install, restarting where Windows needs it. */
async function machineReady(deps: UnattendedDeps, resumed: ResumeState | null): Promise<{ stop: Stop } | { report: PreflightReport }> {
  let report = await deps.preflight();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fix = AUTO_FIXES.find((a) => report.checks.some((c) => c.fixAction === a && c.status !== 'ok'));
    const pendingRestart = report.checks.find((c) => c.fixAction === 'system.reboot' && c.status !== 'ok');
    if (pendingRestart) {
      const reason: RebootReason = 'windows-pending';
      if (resumed?.reason === reason) return { stop: needs('preflight', 'WIN_REBOOT_PERSISTS', 'Windows still waits for a restart after the one taken for it') };
      if (!(await deps.restart('preflight', reason))) return { stop: failed('preflight', 'WIN_REBOOT_PERSISTS', 'Windows refused the restart') };
      return { stop: { kind: 'restart', step: 'preflight', reason } };
    }
    if (fix) {
      deps.log(`preflight: fixing ${fix}`);
      const stop = await afterAction(deps, 'preflight', await deps.fix(fix), resumed);
      if (stop) return { stop };
      report = await deps.preflight();
      continue;
    }
    if (!report.wsl.present || report.wsl.wslVersion === null) {
      deps.log('wsl: installing');
      const stop = await afterAction(deps, 'wsl', await deps.installWsl(), resumed);
      if (stop) return { stop };
      report = await deps.preflight();
      continue;
    }
    break;
  }
  // What is still failing has no fix the run may take (virtualization off in firmware, a policy, ...).
  const blocking = report.checks.find((c) => c.status === 'fail');
  if (blocking) return { stop: needs('preflight', blocking.findings[0] ?? 'UNKNOWN', `check ${blocking.id} fails`) };
  return { report };
}

/** The distro the preset names (or the default one when it names none), its user; never installs or converts one. */
async function distroReady(deps: UnattendedDeps, preset: Preset, report: PreflightReport): Promise<{ stop: Stop } | { target: Target }> {
  const list = report.wsl.distros ?? [];
  const named = preset.distro?.value.name ?? null;
  const name = named ?? report.wsl.defaultDistro;
  if (name === null) return { stop: needs('distro', list.length === 0 ? 'NO_DISTRO_INSTALLED' : NEEDS_CHOICE, 'the preset names no distro and there is no default one') };
  const found = list.find((d) => d.name.toLowerCase() === name.toLowerCase());
  // Installing one means creating its Linux account and password: only a person chooses a password.
  if (!found) return { stop: needs('distro', 'DISTRO_NOT_FOUND', `${name} is not installed; installing it needs a person to create its Linux user`) };
  if (found.version === 1) return { stop: needs('distro', 'DISTRO_IS_WSL1', `${found.name} runs as WSL 1; converting it is left to a person`) };
  if (preset.wslConf || preset.wslconfig) return { stop: needs('distro', NEEDS_CHOICE, 'wsl.conf / .wslconfig options are applied in the wizard, not yet unattended') };
  const user = await deps.defaultUser(found.name);
  if (user === null) return { stop: needs('distro', NEEDS_CHOICE, `${found.name} names no default user in /etc/wsl.conf`) };
  return { target: { distro: found.name, user } };
}

async function goReady(deps: UnattendedDeps, preset: Preset, target: Target): Promise<{ stop: Stop } | { version: string }> {
  const releases = await deps.goReleases();
  const wanted = preset.go?.value ?? 'latest';
  const version = wanted === 'latest' ? releases.latestStable : wanted;
  if (version === null) return { stop: failed('go', 'NET_TIMEOUT', 'no Go release list answered') };
  if (!releases.versions.includes(version)) return { stop: failed('go', 'GO_WRONG_VERSION', `${version} is not in the release list`) };
  // Removing an old Go (apt, snap, ~/go, GOROOT lines) is a person's yes: the preset never names it.
  const old = (await deps.detectOldGo(target)).find((f) => f.cleanKind !== null);
  if (old) return { stop: needs('go', old.catalogId, `an older Go is in the way: ${old.path}`) };
  deps.log(`go: installing ${version}`);
  const installed = await deps.installGo(target, version);
  const shells = await deps.verifyShells(target, installed.version);
  if (!shells.ok) return { stop: failed('go', shells.finding ?? 'GO_NOT_FOUND', 'a fresh shell does not find the new go') };
  return { version: installed.version };
}

async function networkReady(deps: UnattendedDeps, preset: Preset, target: Target): Promise<Stop | null> {
  const proxy = preset.proxy?.value;
  if (proxy?.mode === 'url') await deps.applyProxy(target, proxy.url, proxy.noProxy ?? []);
  if (proxy?.mode === 'from-windows') {
    // As the Network page does: the route to Windows' proxy from inside the distro, tested before it is written.
    const win = await deps.windowsProxy(target);
    if (win.url !== null) {
      const test = await deps.testProxy(target, win.url);
      if (!test.ok) return failed('network', test.finding ?? 'WIN_PROXY_REFUSED', `the distro cannot use the Windows proxy ${win.url}`);
      await deps.applyProxy(target, win.url, win.noProxy);
    } else deps.log('network: Windows uses no proxy; none is written');
  }
  // Trusting a certificate is confirmed in main's own dialog (ARCHITECTURE: what the machine trusts).
  if (preset.caCertificate) return needs('network', NEEDS_CHOICE, 'importing a root certificate is confirmed by a person');
  const env = preset.goEnv?.value;
  const race = await deps.raceGoproxy(target, env?.GOPROXY ?? null);
  if (race.winner === null) return failed('network', race.finding ?? 'NET_TIMEOUT', 'no GOPROXY answered');
  const sumdb = env?.GOSUMDB ?? race.sumdb ?? 'sum.golang.org';
  const known = GOSUMDBS.find((s) => s === sumdb);
  if (!known) return needs('network', NEEDS_CHOICE, `GOSUMDB ${sumdb} is set in the wizard, not yet unattended`);
  await deps.applyGoproxy(target, race.winner, known, env?.GOPRIVATE ?? null);
  const git = preset.git?.value;
  if (git?.policy === 'set') await deps.gitSetup(target, git.name, git.email);
  else if (git?.policy === 'ask' || git?.policy === 'ask-domain') return needs('network', NEEDS_CHOICE, 'the preset asks the person for their git name and e-mail');
  return null;
}

/** A catalog ID carried by a thrown error's details (ApiError: `finding` or `findings`), else UNKNOWN. */
function findingOf(e: unknown): string {
  const d = (e as { details?: unknown } | null)?.details as { finding?: unknown; findings?: unknown } | undefined;
  if (typeof d?.finding === 'string') return d.finding;
  if (Array.isArray(d?.findings)) {
    const f: unknown = d.findings[0];
    if (typeof f === 'string') return f;
    if (f && typeof (f as { id?: unknown }).id === 'string') return (f as { id: string }).id;
  }
  return 'UNKNOWN';
}

/** The whole run. `resumed` is what was saved before a restart (only to recognise a restart loop: facts are re-detected). */
export async function runUnattended(deps: UnattendedDeps, preset: Preset, resumed: ResumeState | null): Promise<UnattendedOutcome> {
  // The step in progress, so an error a service throws fails that step by name.
  let step: StepName = 'preflight';
  try {
    const machine = await machineReady(deps, resumed);
    if ('stop' in machine) return machine.stop;
    step = 'distro';
    const distro = await distroReady(deps, preset, machine.report);
    if ('stop' in distro) return distro.stop;
    const { target } = distro;
    deps.log(`distro: ${target.distro} as ${target.user}`);
    step = 'go';
    const go = await goReady(deps, preset, target);
    if ('stop' in go) return go.stop;
    step = 'network';
    const net = await networkReady(deps, preset, target);
    if (net) return net;
    step = 'verify';
    const proof = await deps.prove(target);
    if (!proof.ok) return failed('verify', proof.finding ?? 'UNKNOWN', `go ${proof.failedStep ?? '?'} failed`);
    deps.log('verify: go run, go get and go test passed');
    if (preset.editor?.value.editor === 'vscode') return needs('editor', NEEDS_CHOICE, 'VS Code is installed by winget or in the wizard, not by the unattended run');
    return { kind: 'done', distro: target.distro, user: target.user, goVersion: go.version };
  } catch (e) {
    return failed(step, findingOf(e), e instanceof Error ? e.message : String(e));
  }
}
