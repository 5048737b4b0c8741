import { ApiError } from '../../../src-shared/contract';
import { findingsFromRecords, archFromRecords } from '../../../src-shared/go/findings';
import { fileUrl } from '../../../src-shared/go/mirrors';
import { chooseRelease, goArchFromUname } from '../../../src-shared/go/releases';
import { DownloadError, downloadVerified } from './download';
import type { GoContext, In, InstallOptions, Out } from './context';
import type { LocalTarball } from './deps';
import { HttpError } from './http-get';
import { raceMirrors } from './mirror-race';
import { runGoScript } from './go-script';
import { distroArgs } from './target';

/**
 * The install task, in the order that keeps the user's working Go safe:
 * detect (arch) -> release list (checksum) -> mirror race -> verified download
 * on the Windows side -> removals the user agreed to -> atomic install in the
 * distro -> PATH blocks. Nothing in the distro changes before the tarball's
 * checksum has matched.
 */
export async function installGo(svc: GoContext, req: In<'go.install'>, options: InstallOptions): Promise<Out<'go.install'>> {
  const started = performance.now();
  const { signal } = options;
  const progress = options.onProgress ?? (() => {});
  const scriptBase = { distro: req.distro.name, mutates: true, timeoutMs: svc.timeouts.scriptMs, ...(signal ? { signal } : {}) };

  progress({ phase: 'detect' });
  const detected = await runGoScript(svc.scripts, {
    ...scriptBase,
    id: 'go.detect',
    script: 'go-detect.sh',
    args: distroArgs(req.distro),
    mutates: false,
    timeoutMs: 60_000,
    title: 'Look for old Go installs',
  });
  const machine = archFromRecords(detected.records) ?? '';
  const arch = goArchFromUname(machine);
  if (!arch) throw new ApiError('UNSUPPORTED', `no Go archive for this machine (${machine || 'unknown'})`, { catalogId: 'GO_WRONG_ARCH' });

  // An offline bundle's tarball (checked against its manifest) replaces the list, the race and the download.
  const local = svc.deps.localTarball ? await svc.deps.localTarball(arch, req.version, signal) : null;
  const fetched = local ? localDownload(local) : await fetchVerified(svc, req, arch, options);
  const { release, file, dl } = fetched;

  const removed: string[] = [];
  // The old /usr/local/go is replaced by the atomic swap itself (kept until the
  // new tree is verified), so it is never removed ahead of the install.
  const clean = req.clean.filter((k) => k !== 'usr-local');
  if (clean.length > 0) {
    progress({ phase: 'clean' });
    const findings = findingsFromRecords(detected.records);
    const args = [...distroArgs(req.distro), ...clean.flatMap((k) => ['--remove', k])];
    if (clean.includes('gopath') && req.confirmGopath && findings.some((f) => f.kind === 'gopath')) args.push('--confirm-gopath');
    else if (clean.includes('gopath')) throw new ApiError('VALIDATION', 'removing ~/go needs confirmGopath: true');
    const cleaned = await runGoScript(svc.scripts, { ...scriptBase, id: 'go.clean', script: 'go-clean.sh', args, title: 'Remove old Go installs' });
    for (const r of cleaned.records) if (r.kind === 'removed') removed.push(`${r.fields[0] ?? ''} ${r.fields[1] ?? ''}`.trim());
  }

  const forward = (r: { kind: string; fields: readonly string[] }) => {
    if (r.kind === 'phase' && r.fields[0]) progress({ phase: `install.${r.fields[0]}` });
  };
  await runGoScript(svc.scripts, {
    ...scriptBase,
    id: 'go.install',
    script: 'go-install.sh',
    // Size and checksum from the release list (never the mirror): the script checks both again on the bytes it extracts.
    args: ['--tarball', dl.path, '--sha256', file.sha256, '--size', String(file.size), '--version', release.version],
    title: `Install ${release.version} at /usr/local/go`,
    onRecord: forward,
  });

  progress({ phase: 'path' });
  const path = await runGoScript(svc.scripts, {
    ...scriptBase,
    id: 'go.path',
    script: 'go-path.sh',
    args: ['apply', ...distroArgs(req.distro)],
    title: 'Put Go on PATH',
  });
  const files = path.records.filter((r) => r.kind === 'file').map((r) => ({ state: r.fields[0] ?? '', path: r.fields[1] ?? '' }));

  progress({ phase: 'done' });
  return {
    version: release.version,
    goroot: '/usr/local/go',
    sha256: file.sha256,
    mirror: dl.source,
    failedMirrors: [...dl.failed],
    resumed: dl.resumed,
    bytes: dl.transferred,
    removed,
    files,
    durationMs: performance.now() - started,
  };
}

/** The network path: release list (checksum) -> mirror race -> verified download into the cache. */
async function fetchVerified(svc: GoContext, req: In<'go.install'>, arch: string, options: InstallOptions) {
  const { signal } = options;
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'releases' });
  const list = await svc.fetchList(arch, signal);
  const release = chooseRelease(list.releases, req.version);
  if (!release?.archive) throw new ApiError('NOT_FOUND', `no linux-${arch} archive for ${req.version ?? 'the latest stable Go'}`);
  const file = release.archive;

  progress({ phase: 'probe' });
  const race = await raceMirrors({
    mirrors: svc.mirrors,
    filename: file.filename,
    fileSize: file.size,
    timeoutMs: svc.timeouts.probeMs,
    ...(svc.deps.get ? { get: svc.deps.get } : {}),
    ...(signal ? { signal } : {}),
  });
  const byId = new Map(svc.mirrors.map((m) => [m.id, m]));
  const sources = race.ranking.flatMap((id) => {
    const m = byId.get(id);
    return m ? [{ id, url: fileUrl(m, file.filename) }] : [];
  });

  progress({ phase: 'download', done: 0, total: file.size });
  let dl;
  try {
    dl = await downloadVerified({
      sources,
      dir: svc.deps.downloadDir,
      filename: file.filename,
      sha256: file.sha256,
      size: file.size,
      headersTimeoutMs: svc.timeouts.headersMs,
      idleTimeoutMs: svc.timeouts.idleMs,
      minRateBps: svc.timeouts.minRateBps,
      minRateWindowMs: svc.timeouts.minRateWindowMs,
      ...(svc.deps.get ? { get: svc.deps.get } : {}),
      ...(signal ? { signal } : {}),
      onProgress: (p) =>
        progress({
          phase: 'download',
          done: p.done,
          total: file.size,
          ...(p.rate !== null ? { rate: p.rate } : {}),
          ...(p.etaSeconds !== null ? { etaSeconds: p.etaSeconds } : {}),
        }),
    });
  } catch (e) {
    if (e instanceof HttpError && e.code === 'CANCELLED') throw new ApiError('CANCELLED', 'download cancelled; the partial file is kept for a resume');
    if (e instanceof DownloadError) throw new ApiError('HOST_FAILED', e.message, { catalogId: e.catalogId, failed: e.failed });
    throw e;
  }

  return { release, file, dl };
}

function localDownload(local: LocalTarball) {
  return {
    release: { version: local.version },
    file: { sha256: local.sha256, size: local.size },
    dl: { path: local.path, source: local.source, failed: [] as ReadonlyArray<{ id: string; error: string; code?: string }>, resumed: false, transferred: 0 },
  };
}
