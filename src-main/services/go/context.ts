import { ApiError, type InvokeRequestParsed, type InvokeResponse } from '../../../src-shared/contract';
import { DEFAULT_MIRRORS, DEFAULT_RELEASE_LISTS, type Mirror } from '../../../src-shared/go/mirrors';
import { scriptRunner, type ScriptRunner } from '../../distro-scripts/run';
import { DEFAULT_TIMEOUTS, type GoProgress, type GoServiceDeps, type GoTimeouts } from './deps';
import { fetchReleaseList } from './release-list';

export type GoChannel = 'go.releases' | 'go.probeMirrors' | 'go.detectOld' | 'go.install' | 'go.verifyShells' | 'go.uninstall';
export type In<C extends GoChannel> = InvokeRequestParsed<C>;
export type Out<C extends GoChannel> = InvokeResponse<C>;

export interface InstallOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: GoProgress) => void;
}

/**
 * What the Go step's parts share: the service's methods and the install flow
 * both take this, so neither imports the other (no go-service <-> install-flow
 * cycle).
 */
export interface GoContext {
  readonly deps: GoServiceDeps;
  readonly timeouts: GoTimeouts;
  readonly mirrors: readonly Mirror[];
  /** Every go-*.sh runs through the shared runner (runGoScript). */
  readonly scripts: ScriptRunner;
  fetchList(arch: string, signal?: AbortSignal): ReturnType<typeof fetchReleaseList>;
}

export function goContext(deps: GoServiceDeps): GoContext {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...deps.timeouts };
  return {
    deps,
    timeouts,
    mirrors: deps.mirrors ?? DEFAULT_MIRRORS,
    scripts: scriptRunner(deps.run ?? ((spec, options) => deps.host.run(spec, options)), deps.scripts),
    fetchList: (arch, signal) =>
      fetchReleaseList({
        sources: deps.releaseLists ?? DEFAULT_RELEASE_LISTS,
        arch,
        timeoutMs: timeouts.listMs,
        allowLoopbackHttp: deps.allowLoopbackHttp ?? false,
        ...(deps.get ? { get: deps.get } : {}),
        ...(signal ? { signal } : {}),
      }).catch((e: Error) => {
        if ((e as { code?: string }).code === 'CANCELLED') throw new ApiError('CANCELLED', 'cancelled');
        throw new ApiError('HOST_FAILED', e.message, { catalogId: 'NET_TIMEOUT' });
      }),
  };
}
