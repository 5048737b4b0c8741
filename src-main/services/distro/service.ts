import path from 'node:path';
import { ApiError } from '../../../src-shared/contract';
import type { ConfigTarget } from '../../../src-shared/contract/distro';
import type { Confirmation } from '../../../src-shared/confirm';
import { isDistroName } from '../../../src-shared/names';
import { diagnoseOffThread } from '../../diagnose-worker/client';
import { checkPassword, checkUsername, installOutcome, planV2, recommend, type InstalledDistro, type OnlineDistro, type Recommendation, type V2Step } from '../../../src-shared/distro';
import { parseWslListOnline, parseWslListVerbose, parseWslStatus } from '../../../src-shared/parse';
import type { ScriptText } from '../../distro-scripts';
import { scriptRunner, type ScriptRunner } from '../../distro-scripts/run';
import { applyEdit, undoEdit } from '../../files/edit';
import type { BackupStore, JournalEntry } from '../../files/backup-store';
import { localFile, type EditTarget, type TargetIO } from '../../files/target-io';
import { wslCommands } from '../../host/commands/wsl';
import type { Host, RunOptions, RunResult } from '../../host/types';
import { distroFromBundlePlan } from '../bundle/plan';
import { distroCommands, distroScripts } from './commands';
import { computeEdit, type ComputedEdit, type MachineFacts } from './config';
import { distroWslConf, hostFailed } from './distro-file';

/**
 * The Distro step's service: every OS contact goes through the Host as a
 * CommandSpec; file edits go through the backup store (undo journal). It
 * re-detects state (`wsl -l -v`) after each action instead of trusting what
 * it did. Handlers in src-main/ipc call these methods one to one.
 */
export interface DistroServiceDeps {
  readonly host: Host;
  readonly backups: BackupStore;
  /** Distro script text by file name; default: the shipped copy through loadDistroScript. */
  readonly scripts?: ScriptText;
  /** %UserProfile%: where .wslconfig lives. */
  readonly userProfileDir: string;
  /** Where `wsl --export` writes (main chooses it: Documents\go-wsl-setup-backups); shown to the person after. */
  readonly exportDir: string;
  /** Creates the export folder before `wsl --export` writes into it (Windows only; absent: nothing to create). */
  readonly ensureDir?: (windowsPath: string) => Promise<void>;
  /** Asks the person (main's dialog) before a delete or a WSL shutdown. Absent: refused, nothing happens. */
  readonly confirm?: (question: Confirmation) => Promise<boolean>;
  /** Windows build and WSL version (from the preflight) for the feature gates. */
  readonly machine: () => Promise<MachineFacts>;
  /** Size of a Windows file, to check an export really produced something; null: cannot tell (replay). */
  readonly fileSize?: (windowsPath: string) => Promise<number | null>;
  /** A Windows file as a TargetIO (default: node:fs, atomic). */
  readonly windowsFile?: (windowsPath: string) => TargetIO;
  readonly now?: () => Date;
  /**
   * An offline bundle's distro image for this name, verified against its
   * manifest (services/bundle), and the folder --import would put it in; null:
   * none, install from the Store as usual. It may throw (a damaged bundle file).
   */
  readonly localImage?: (name: string) => Promise<{ file: string; installDir: string; name: string } | null>;
}

export type DistroList = {
  installed: InstalledDistro[] | null;
  online: OnlineDistro[] | null;
  defaultVersion: number | null;
  findings: string[];
};

/** The one distro-name rule (src-shared/names) again here: these become wsl.exe arguments that delete or stop things. */
function checkDistroName(distro: string): void {
  if (!isDistroName(distro)) throw new ApiError('VALIDATION', 'not a WSL distro name');
}

// Off main's thread (diagnose-worker/client.ts): wsl.exe output can be long (a --set-version progress line).
const findingIds = async (r: RunResult): Promise<string[]> => (await diagnoseOffThread({ text: `${r.stdout}\n${r.stderr}` })).findings.map((f) => f.id);

export class DistroService {
  private readonly scripts: ScriptRunner;

  constructor(private readonly deps: DistroServiceDeps) {
    this.scripts = scriptRunner((spec, options) => deps.host.run(spec, options), deps.scripts);
  }

  async list(options: RunOptions = {}): Promise<DistroList> {
    const host = this.deps.host;
    const [verbose, status, online] = [await host.run(wslCommands.listVerbose(), options), await host.run(wslCommands.status(), options), await host.run(wslCommands.listOnline(), options)];
    const installed = parseWslListVerbose(`${verbose.stdout}\n${verbose.stderr}`).distros;
    const onlineRows = online.exitCode === 0 ? parseWslListOnline(online.stdout).distros : null;
    const defaultVersion = parseWslStatus(`${status.stdout}\n${status.stderr}`).defaultVersion;
    const findings = new Set<string>();
    if (installed !== null && installed.length === 0) findings.add('NO_DISTRO_INSTALLED');
    if (defaultVersion === 1) findings.add('DEFAULT_VERSION_1');
    if (installed?.some((d) => d.version === 1)) findings.add('DISTRO_IS_WSL1');
    return { installed, online: onlineRows, defaultVersion, findings: [...findings] };
  }

  async recommend(): Promise<Recommendation & { list: DistroList }> {
    const list = await this.list();
    const today = (this.deps.now?.() ?? new Date()).toISOString().slice(0, 10);
    return { ...recommend({ installed: list.installed ?? [], online: list.online, today }), list };
  }

  /** Store first, then --web-download when the catalog says a second path can help (or when asked directly). */
  async install(name: string, opts: { webDownload?: boolean } & RunOptions = {}) {
    this.mutating();
    const attempts: { method: 'store' | 'web' | 'bundle'; exitCode: number | null; timedOut: boolean; findings: string[] }[] = [];
    let outcome: 'installed' | 'exists' | 'failed' | 'cancelled' = 'failed';
    const local = this.deps.localImage ? await this.deps.localImage(name) : null;
    if (local) {
      // From the offline bundle only: no Store or web download behind it (the person was not asked).
      await this.deps.ensureDir?.(local.installDir);
      const { spec } = await distroFromBundlePlan(this.deps.host, { name: local.name, file: local.file, installDir: local.installDir }, opts);
      const r = await this.deps.host.run(spec, opts);
      const ids = r.exitCode === 0 && !r.timedOut ? [] : await findingIds(r);
      attempts.push({ method: 'bundle', exitCode: r.exitCode, timedOut: r.timedOut, findings: ids });
      const next = installOutcome(r, ids, 'web');
      outcome = next === 'retry-web' ? 'failed' : next;
    }
    for (const method of local ? [] : opts.webDownload ? (['web'] as const) : (['store', 'web'] as const)) {
      const r = await this.deps.host.run(method === 'store' ? distroCommands.install(name) : distroCommands.installWeb(name), opts);
      const ids = r.exitCode === 0 && !r.timedOut ? [] : await findingIds(r);
      attempts.push({ method, exitCode: r.exitCode, timedOut: r.timedOut, findings: ids });
      const next = installOutcome(r, ids, method);
      if (next === 'retry-web') continue;
      outcome = next;
      break;
    }
    const after = await this.list(opts);
    const distro = after.installed?.find((d) => d.name.toLowerCase() === name.toLowerCase()) ?? null;
    // Trust the re-detected list over the exit code: "installed" needs the distro to be there.
    if (outcome === 'installed' && !distro) outcome = 'failed';
    return { outcome, attempts, distro };
  }

  async createUser(distro: string, username: string, password: string, opts: RunOptions = {}) {
    this.mutating();
    // The contract validated both already; the service does not rely on every caller going through it.
    if (!checkUsername(username).ok) throw new ApiError('VALIDATION', 'invalid Linux user name');
    if (!checkPassword(password, username).ok) throw new ApiError('VALIDATION', 'invalid password');
    const r = await this.scripts.run(distroScripts.createUser(distro, username, password), opts);
    const result = /^GWS-RESULT (\S+)\s*$/m.exec(r.stdout)?.[1];
    // The exit code says what happened; the result line confirms the script got that far.
    if (r.exit === 'created' && result === 'created') return { status: 'created' as const, username, next: 'preview-default-user' as const };
    if (r.exit === 'exists' && result === 'exists') return { status: 'exists' as const, username, next: 'preview-default-user' as const };
    throw hostFailed(`creating the user failed (${result ?? 'no answer'})`, r.result, await findingIds(r.result));
  }

  async ensureV2(only?: readonly string[], opts: RunOptions = {}) {
    this.mutating();
    const before = await this.list(opts);
    const plan = planV2({ distros: before.installed ?? [], defaultVersion: before.defaultVersion, ...(only ? { only } : {}) });
    const steps: { step: V2Step; ok: boolean; exitCode: number | null; findings: string[] }[] = [];
    for (const step of plan.steps) {
      const spec = step.action === 'set-default-version' ? distroCommands.setDefaultVersion() : distroCommands.setVersion(step.name);
      const r = await this.deps.host.run(spec, opts);
      const ok = r.exitCode === 0 && !r.timedOut;
      steps.push({ step, ok, exitCode: r.exitCode, findings: ok ? [] : await findingIds(r) });
      if (r.cancelled) break;
    }
    return { steps, skipped: [...plan.skipped], list: await this.list(opts) };
  }

  async previewConfig(target: ConfigTarget) {
    const { io, edit } = await this.compute(target);
    return {
      file: fileLabel(io.describe),
      beforeSha256: edit.beforeSha256,
      afterSha256: edit.afterSha256,
      changed: edit.changed,
      diff: edit.diff,
      settings: [...edit.settings],
      advice: [...edit.advice],
      restart: edit.restart,
      refused: edit.refused,
    };
  }

  async applyConfig(target: ConfigTarget, expectedBeforeSha256: string | null, expectedAfterSha256: string | null, restartNow: boolean) {
    this.mutating();
    const { io, edit } = await this.compute(target);
    if (edit.refused) throw new ApiError('CONFLICT', 'this file cannot be edited safely', { reason: edit.refused });
    if (edit.beforeSha256 !== expectedBeforeSha256 || edit.afterSha256 !== expectedAfterSha256) {
      throw new ApiError('CONFLICT', 'the file or the planned change differs from the preview; preview again');
    }
    let undoId: string | null = null;
    if (edit.changed && edit.after !== null) {
      const r = await applyEdit(this.deps.backups, io, { expectedBeforeSha256, after: edit.after, label: edit.label });
      undoId = r.entry?.id ?? null;
    }
    const r = undoId !== null && restartNow ? await this.restart(edit.restart.mode, edit.restart.distro ?? undefined) : null;
    return { changed: undoId !== null, undoId, restarted: r?.ok ?? false, restartDeclined: r?.declined ?? false, restart: edit.restart };
  }

  async undoConfig(undoId: string, restartNow: boolean) {
    this.mutating();
    const entry = await this.deps.backups.get(undoId);
    if (!entry) throw new ApiError('NOT_FOUND', 'no such change');
    await undoEdit(this.deps.backups, this.ioFor(entry.target), undoId);
    const mode = entry.target.kind === 'windows-file' ? 'shutdown' : 'terminate';
    const r = restartNow ? await this.restart(mode, entry.target.kind === 'distro-file' ? entry.target.distro : undefined) : null;
    return { undone: true, restarted: r?.ok ?? false, restartDeclined: r?.declined ?? false };
  }

  async changes() {
    const entries: JournalEntry[] = await this.deps.backups.list();
    return { changes: entries.reverse().map((e) => ({ id: e.id, label: e.label, file: fileLabel(e.target), state: e.state, createdAt: e.createdAt })) };
  }

  /**
   * Only after the person agreed. terminate (one distro) on the page's request;
   * shutdown stops every distro and closes all their windows, so main asks in
   * its own dialog first, whatever the page said.
   */
  async restart(mode: 'terminate' | 'shutdown', distro?: string): Promise<{ ok: boolean; declined: boolean }> {
    this.mutating();
    if (mode === 'terminate' && !distro) throw new ApiError('VALIDATION', 'terminate needs a distro name');
    if (distro !== undefined) checkDistroName(distro);
    if (mode === 'shutdown' && !(await this.ask({ kind: 'shutdown' }))) return { ok: false, declined: true };
    const r = await this.deps.host.run(mode === 'terminate' ? distroCommands.terminate(distro as string) : distroCommands.shutdown());
    return { ok: r.exitCode === 0, declined: false };
  }

  /** Into main's backup folder, never a path from the page. */
  async exportBackup(distro: string, opts: RunOptions = {}) {
    this.mutating();
    checkDistroName(distro);
    await this.deps.ensureDir?.(this.deps.exportDir);
    const target = path.win32.join(this.deps.exportDir, `${distro}-${stamp(this.deps.now?.() ?? new Date())}.tar`);
    const r = await this.deps.host.run(distroCommands.export(distro, target), opts);
    let ok = r.exitCode === 0 && !r.timedOut && !r.cancelled;
    // wsl --export has exited 0 with an empty file when the disk filled up; check where we can.
    if (ok && this.deps.fileSize) ok = ((await this.deps.fileSize(target)) ?? 1) > 0;
    return { path: target, ok, findings: ok ? [] : await findingIds(r) };
  }

  /** Only on the person's yes in main's dialog (which names the distro and says whether a backup is made); by default only after a successful export. */
  async unregister(distro: string, backup: Record<string, never> | { skip: true }, opts: RunOptions = {}) {
    this.mutating();
    checkDistroName(distro);
    const list = await this.list(opts);
    if (!list.installed?.some((d) => d.name === distro)) throw new ApiError('NOT_FOUND', `no distro named ${distro}`);
    const skip = 'skip' in backup;
    if (!(await this.ask({ kind: 'unregister', distro, backup: skip ? 'skip' : { folder: this.deps.exportDir } }))) {
      return { unregistered: false, declined: true, backupPath: null, findings: [] };
    }
    let backupPath: string | null = null;
    if (!skip) {
      const exp = await this.exportBackup(distro, opts);
      if (!exp.ok) throw new ApiError('HOST_FAILED', 'the backup failed, so nothing was deleted', { findings: exp.findings, path: exp.path });
      backupPath = exp.path;
    }
    const r = await this.deps.host.run(distroCommands.unregister(distro), opts);
    const ok = r.exitCode === 0 && !r.timedOut;
    return { unregistered: ok, declined: false, backupPath, findings: ok ? [] : await findingIds(r) };
  }

  private async ask(question: Confirmation): Promise<boolean> {
    return this.deps.confirm ? this.deps.confirm(question) : false;
  }

  private async compute(target: ConfigTarget): Promise<{ io: TargetIO; edit: ComputedEdit }> {
    const io = target.kind === 'wslconfig' ? this.windowsFile(this.wslconfigPath()) : distroWslConf(this.scripts, target.distro);
    const current = await io.read();
    return { io, edit: computeEdit(target, current, await this.deps.machine()) };
  }

  private ioFor(target: EditTarget): TargetIO {
    return target.kind === 'windows-file' ? this.windowsFile(target.path) : distroWslConf(this.scripts, target.distro);
  }

  private windowsFile(p: string): TargetIO {
    return this.deps.windowsFile ? this.deps.windowsFile(p) : localFile(p);
  }

  private wslconfigPath(): string {
    return path.join(this.deps.userProfileDir, '.wslconfig');
  }

  private mutating() {
    if (this.deps.host.readOnly) throw new ApiError('READ_ONLY', 'replaying a recorded machine: nothing is changed');
  }
}

function fileLabel(t: EditTarget): string {
  return t.kind === 'windows-file' ? t.path : `${t.path} (${t.distro})`;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}
