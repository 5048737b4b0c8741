import { ApiError } from '../../../src-shared/contract';
import { archFromRecords, findingsFromRecords } from '../../../src-shared/go/findings';
import { chooseRelease, goArchFromUname } from '../../../src-shared/go/releases';
import { shellChecksFromRecords, sudoFromRecords } from '../../../src-shared/go/shells';
import { goContext, type GoContext, type In, type InstallOptions, type Out } from './context';
import type { GoServiceDeps } from './deps';
import { installGo } from './install-flow';
import { raceMirrors } from './mirror-race';
import { runGoScript } from './go-script';
import { distroArgs } from './target';

/**
 * The Go step's service: one method per contract channel. It never spawns a
 * process itself (the Host does) and never writes the distro's files itself
 * (the distro scripts do, as root, under GWS_ROOT on the test host).
 */
export class GoService {
  private readonly go: GoContext;

  constructor(deps: GoServiceDeps) {
    this.go = goContext(deps);
  }

  async releases(req: In<'go.releases'>, signal?: AbortSignal): Promise<Out<'go.releases'>> {
    const list = await this.go.fetchList(req.arch, signal);
    const rel = list.releases.filter((r) => r.archive && (req.includeUnstable || r.stable));
    return {
      releases: rel.map((r) => ({ version: r.version, stable: r.stable, filename: r.archive!.filename, sha256: r.archive!.sha256, size: r.archive!.size })),
      latestStable: chooseRelease(list.releases)?.version ?? null,
      source: list.source,
    };
  }

  async probeMirrors(req: In<'go.probeMirrors'>, signal?: AbortSignal): Promise<Out<'go.probeMirrors'>> {
    const list = await this.go.fetchList(req.arch, signal);
    const rel = chooseRelease(list.releases, req.version);
    if (!rel?.archive) throw new ApiError('NOT_FOUND', `no linux-${req.arch} archive for ${req.version ?? 'the latest stable Go'}`);
    return raceMirrors({ mirrors: this.go.mirrors, filename: rel.archive.filename, fileSize: rel.archive.size, timeoutMs: this.go.timeouts.probeMs, ...(this.go.deps.get ? { get: this.go.deps.get } : {}), ...(signal ? { signal } : {}) });
  }

  async detectOld(req: In<'go.detectOld'>, signal?: AbortSignal): Promise<Out<'go.detectOld'>> {
    const { records } = await runGoScript(this.go.scripts, {
      id: 'go.detect',
      script: 'go-detect.sh',
      distro: req.distro.name,
      args: distroArgs(req.distro),
      mutates: false,
      timeoutMs: 60_000,
      title: 'Look for old Go installs',
      ...(signal ? { signal } : {}),
    });
    const machine = archFromRecords(records);
    return { machine, goarch: machine ? goArchFromUname(machine) : null, findings: findingsFromRecords(records) };
  }

  install(req: In<'go.install'>, options: InstallOptions = {}): Promise<Out<'go.install'>> {
    return installGo(this.go, req, options);
  }

  async verifyShells(req: In<'go.verifyShells'>, signal?: AbortSignal): Promise<Out<'go.verifyShells'>> {
    const { records } = await runGoScript(this.go.scripts, {
      id: 'go.verify-shells',
      script: 'go-verify.sh',
      distro: req.distro.name,
      args: [...distroArgs(req.distro), ...(req.hello ? ['--hello'] : [])],
      mutates: false,
      timeoutMs: 600_000,
      title: 'Check Go in fresh shells',
      ...(signal ? { signal } : {}),
    });
    const shells = shellChecksFromRecords(records, req.expectedVersion ?? null);
    return { shells, sudo: sudoFromRecords(records), ok: shells.length > 0 && shells.every((s) => s.ok) };
  }

  async uninstall(req: In<'go.uninstall'>, signal?: AbortSignal): Promise<Out<'go.uninstall'>> {
    const { records } = await runGoScript(this.go.scripts, {
      id: 'go.uninstall',
      script: 'go-uninstall.sh',
      distro: req.distro.name,
      args: distroArgs(req.distro),
      mutates: true,
      timeoutMs: 300_000,
      title: 'Remove Go installed by go-wsl-setup',
      ...(signal ? { signal } : {}),
    });
    return {
      removed: records.filter((r) => r.kind === 'removed').map((r) => ({ what: r.fields[0] ?? '', path: r.fields[1] ?? '' })),
      kept: records.filter((r) => r.kind === 'kept').map((r) => ({ what: r.fields[0] ?? '', path: r.fields[1] ?? '', why: r.fields[2] ?? '' })),
    };
  }
}
