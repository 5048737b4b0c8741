import type { z } from 'zod';
import type { DistroTarget, networkInvoke } from '../../../src-shared/contract/network';
import { formatProxyUrl } from '../../../src-shared/network/proxy';
import { scriptRunner, type ScriptRunner } from '../../distro-scripts/run';
import type { Host, OutputStream } from '../../host/types';
import { importCa } from './ca-import';
import type { RunContext } from './command';
import { dnsCheck, DEFAULT_DNS_HOSTS } from './dns';
import { applyGoproxy, undoGoproxy } from './goproxy-apply';
import { undoNetworkExtras } from './extras-undo';
import { DEFAULT_SUMDB_PROBES, raceGoproxy } from './goproxy-race';
import { gitSetup, sshKey, type SshHosts } from './git';
import { proveIt, type Explain } from './prove';
import { applyProxy, detectProxy, endpointOf, testProxy, DEFAULT_PROXY_TEST_URL } from './proxy';
import { DEFAULT_TLS_HOSTS, tlsCheck } from './tls';

type Req<C extends keyof typeof networkInvoke> = z.output<(typeof networkInvoke)[C]['request']>;
type Res<C extends keyof typeof networkInvoke> = z.output<(typeof networkInvoke)[C]['response']>;

/** Where things are probed. Defaults are the real hosts; tests point them at loopback servers. */
export interface NetworkServiceOptions {
  readonly proxyTestUrl?: string;
  readonly dnsHosts?: readonly string[];
  readonly tlsHosts?: readonly string[];
  readonly goproxyCandidates?: readonly string[];
  readonly probePath?: string;
  readonly sumdbProbes?: { readonly defaultUrl: string; readonly chinaUrl: string } | null;
  readonly raceGraceMs?: number;
  readonly ssh?: SshHosts;
  /** The diagnoser (src-shared/diagnose) for free error text from Go; without it, failed proof steps say UNKNOWN. */
  readonly explain?: Explain;
  /** Live, redacted output (the Terminal). */
  readonly onOutput?: (stream: OutputStream, text: string) => void;
}

/**
 * The network capability for the IPC handlers and the doctor CLI: one method
 * per channel of src-shared/contract/network.ts, taking the already
 * validated request. Everything runs through the Host.
 */
export class NetworkService {
  private readonly scripts: ScriptRunner;

  constructor(
    private readonly host: Host,
    private readonly options: NetworkServiceOptions = {},
  ) {
    this.scripts = scriptRunner((spec, runOptions) => host.run(spec, runOptions));
  }

  private ctx(signal?: AbortSignal): RunContext {
    return { host: this.host, scripts: this.scripts, ...(signal ? { signal } : {}), ...(this.options.onOutput ? { onOutput: this.options.onOutput } : {}) };
  }

  detectProxy(req: Req<'network.detectProxy'>, signal?: AbortSignal): Promise<Res<'network.detectProxy'>> {
    return detectProxy(this.ctx(signal), req.target);
  }

  testProxy(req: Req<'network.testProxy'>, signal?: AbortSignal): Promise<Res<'network.testProxy'>> {
    return testProxy(this.ctx(signal), req.target, req.proxy, req.testUrl ?? this.options.proxyTestUrl ?? DEFAULT_PROXY_TEST_URL);
  }

  applyProxy(req: Req<'network.applyProxy'>, signal?: AbortSignal): Promise<Res<'network.applyProxy'>> {
    return applyProxy(this.ctx(signal), req.target, req.proxy, req.noProxy, req.apt);
  }

  dnsCheck(req: Req<'network.dnsCheck'>, signal?: AbortSignal): Promise<Res<'network.dnsCheck'>> {
    return dnsCheck(this.ctx(signal), req.target, req.hosts ?? this.options.dnsHosts ?? DEFAULT_DNS_HOSTS);
  }

  tlsCheck(req: Req<'network.tlsCheck'>, signal?: AbortSignal): Promise<Res<'network.tlsCheck'>> {
    const proxy = req.proxy ? endpointOf(req.proxy) : null;
    return tlsCheck(
      this.ctx(signal),
      req.target,
      req.hosts ?? this.options.tlsHosts ?? DEFAULT_TLS_HOSTS,
      proxy ? { url: formatProxyUrl(proxy), ...(proxy.password !== undefined ? { password: proxy.password } : {}) } : undefined,
    );
  }

  importCa(req: Req<'network.importCa'>, signal?: AbortSignal): Promise<Res<'network.importCa'>> {
    return importCa(this.ctx(signal), req.target, req.certificate);
  }

  raceGoproxy(req: Req<'network.raceGoproxy'>, signal?: AbortSignal): Promise<Res<'network.raceGoproxy'>> {
    const proxy = req.proxy ? endpointOf(req.proxy) : null;
    return raceGoproxy(this.ctx(signal), req.target, {
      candidates: req.candidates ?? this.options.goproxyCandidates,
      ...(req.probePath ?? this.options.probePath ? { probePath: req.probePath ?? this.options.probePath } : {}),
      ...(proxy ? { proxyUrl: formatProxyUrl(proxy), secrets: [proxy.password] } : {}),
      ...(this.options.raceGraceMs !== undefined ? { graceMs: this.options.raceGraceMs } : {}),
      sumdb: this.options.sumdbProbes === undefined ? DEFAULT_SUMDB_PROBES : this.options.sumdbProbes,
    });
  }

  applyGoproxy(req: Req<'network.applyGoproxy'>, signal?: AbortSignal): Promise<Res<'network.applyGoproxy'>> {
    return applyGoproxy(this.ctx(signal), req.target, {
      goproxy: req.goproxy,
      gosumdb: req.gosumdb,
      ...(req.goprivate !== undefined ? { goprivate: req.goprivate } : {}),
      fixOverrides: req.fixOverrides,
    });
  }

  undoGoproxy(req: Req<'network.undoGoproxy'>, signal?: AbortSignal): Promise<Res<'network.undoGoproxy'>> {
    return undoGoproxy(this.ctx(signal), req.target);
  }

  undoExtras(req: Req<'network.undoExtras'>, signal?: AbortSignal): Promise<Res<'network.undoExtras'>> {
    return undoNetworkExtras(this.ctx(signal), req.target);
  }

  gitSetup(req: Req<'network.gitSetup'>, signal?: AbortSignal): Promise<Res<'network.gitSetup'>> {
    return gitSetup(this.ctx(signal), req.target, req);
  }

  sshKey(req: Req<'network.sshKey'>, signal?: AbortSignal): Promise<Res<'network.sshKey'>> {
    return sshKey(this.ctx(signal), req.target, req, this.options.ssh);
  }

  proveIt(req: Req<'network.proveIt'>, signal?: AbortSignal): Promise<Res<'network.proveIt'>> {
    return proveIt(this.ctx(signal), req.target, req, this.options.explain ?? null);
  }
}

export type { DistroTarget };
