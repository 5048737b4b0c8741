import type { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import type { ApplyGoproxyResult, ApplyProxyResult, DetectProxyResult, DnsCheckResult, ImportCaResult, RaceResult, TestProxyResult, TlsCheckResult } from '../../src-shared/contract/network';
import { failureOf, type Failure } from '../components/findings/failure';
import type { DistroTargetChoice } from './distro';

type Detect = z.infer<typeof DetectProxyResult>;
type Gosumdb = 'sum.golang.org' | 'sum.golang.google.cn';

export type NetworkBusy = 'check' | 'testProxy' | 'race' | 'tls' | 'importCa' | 'apply' | null;

export interface NetworkState {
  phase: 'idle' | 'checking' | 'ready' | 'error';
  loadedFor: string | null;
  busy: NetworkBusy;
  taskId: string | null;
  detect: Detect | null;
  /** The proxy URL to use from inside the distro (the plan's, or what the user typed). */
  proxyUrl: string;
  useProxy: boolean;
  proxyTest: z.infer<typeof TestProxyResult> | null;
  dns: z.infer<typeof DnsCheckResult> | null;
  race: z.infer<typeof RaceResult> | null;
  /** HTTPS as the distro sees it: checked when a probe met an untrusted certificate, or on request. */
  tls: z.infer<typeof TlsCheckResult> | null;
  caImported: z.infer<typeof ImportCaResult> | null;
  appliedProxy: z.infer<typeof ApplyProxyResult> | null;
  applied: z.infer<typeof ApplyGoproxyResult> | null;
  error: Failure | null;
  /** Detect the proxy, test it, check DNS and race the GOPROXY candidates: reading only, so it runs by itself. */
  check(target: DistroTargetChoice): Promise<void>;
  setProxyUrl(url: string): void;
  setUseProxy(on: boolean): void;
  /** Test the proxy again (after fixing it on Windows) and, when it works, race GOPROXY through it. */
  retestProxy(target: DistroTargetChoice): Promise<void>;
  /** Check HTTPS to the Go hosts from inside the distro (who issued their certificates, trusted or not). */
  checkTls(target: DistroTargetChoice): Promise<void>;
  /** Install the company root certificate the user chose (PEM text or DER as base64), then measure again. */
  /** Main opens the file dialog and asks the person to trust the certificate; the page sends neither. */
  importCa(target: DistroTargetChoice): Promise<void>;
  /** Write the proxy block (if used) and GOPROXY/GOSUMDB. True when everything was applied. */
  apply(target: DistroTargetChoice): Promise<boolean>;
}

const key = (t: DistroTargetChoice) => `${t.distro}/${t.user}`;
const netTarget = (t: DistroTargetChoice) => ({ distro: t.distro, user: t.user });

/** The proxy may be used: none is needed, or the test through it answered. */
export function proxyReady(s: Pick<NetworkState, 'useProxy' | 'proxyTest'>): boolean {
  return !s.useProxy || s.proxyTest?.status === 'ok';
}

export function createNetworkStore(api: Api): StoreApi<NetworkState> {
  let n = 0;
  return createStore<NetworkState>()((set, get) => {
    const task = () => {
      const taskId = `network-${++n}`;
      set({ taskId });
      return taskId;
    };
    const proxy = () => (get().useProxy && get().proxyTest?.status === 'ok' ? { proxy: { url: get().proxyUrl } } : {});
    const testProxy = async (target: DistroTargetChoice) => {
      set({ busy: 'testProxy' });
      set({ proxyTest: await api.invoke('network.testProxy', { taskId: task(), target: netTarget(target), proxy: { url: get().proxyUrl } }) });
    };
    const race = async (target: DistroTargetChoice) => {
      set({ busy: 'race' });
      set({ race: await api.invoke('network.raceGoproxy', { taskId: task(), target: netTarget(target), ...proxy() }) });
    };
    const tls = async (target: DistroTargetChoice) => {
      set({ busy: 'tls' });
      set({ tls: await api.invoke('network.tlsCheck', { taskId: task(), target: netTarget(target), ...proxy() }) });
    };
    const guarded = async (work: () => Promise<void>) => {
      set({ error: null });
      try {
        await work();
        return true;
      } catch (e) {
        set({ error: failureOf(e) });
        return false;
      } finally {
        set({ busy: null, taskId: null });
      }
    };
    return {
      phase: 'idle',
      loadedFor: null,
      busy: null,
      taskId: null,
      detect: null,
      proxyUrl: '',
      useProxy: false,
      proxyTest: null,
      dns: null,
      race: null,
      tls: null,
      caImported: null,
      appliedProxy: null,
      applied: null,
      error: null,
      async check(target) {
        if (get().busy !== null) return;
        set({ phase: 'checking', loadedFor: key(target), detect: null, proxyTest: null, dns: null, race: null, tls: null, applied: null, appliedProxy: null });
        const ok = await guarded(async () => {
          set({ busy: 'check' });
          const detect = await api.invoke('network.detectProxy', { taskId: task(), target: netTarget(target) });
          const planned = detect.plan?.url ?? null;
          set({ detect, proxyUrl: planned ?? '', useProxy: planned !== null });
          if (planned !== null) await testProxy(target);
          set({ busy: 'check' });
          set({ dns: await api.invoke('network.dnsCheck', { taskId: task(), target: netTarget(target) }) });
          await race(target);
          // A module proxy that failed on its certificate: find out who signs it (TLS inspection?).
          if (raceMetUntrustedTls(get().race)) await tls(target);
        });
        set({ phase: ok ? 'ready' : 'error' });
      },
      setProxyUrl: (proxyUrl) => set({ proxyUrl, proxyTest: null }),
      setUseProxy: (useProxy) => set({ useProxy }),
      async retestProxy(target) {
        if (get().busy !== null) return;
        await guarded(async () => {
          await testProxy(target);
          if (get().proxyTest?.status === 'ok') await race(target);
        });
      },
      async checkTls(target) {
        if (get().busy !== null) return;
        await guarded(() => tls(target));
      },
      async importCa(target) {
        if (get().busy !== null) return;
        await guarded(async () => {
          set({ busy: 'importCa', caImported: null });
          const r = await api.invoke('network.importCa', { taskId: task(), target: netTarget(target) });
          set({ caImported: r });
          // Declined in main's dialog or no file picked: nothing changed, nothing to measure again.
          if (r.outcome !== 'installed') return;
          // Measure again with the certificate trusted: HTTPS first, then the module proxies.
          await tls(target);
          await race(target);
        });
      },
      async apply(target) {
        if (get().busy !== null || !proxyReady(get())) return false;
        const winner = get().race?.winner ?? null;
        if (winner === null) return false;
        const sumdb = get().race?.sumdb?.value;
        const gosumdb: Gosumdb = sumdb === 'sum.golang.google.cn' ? sumdb : 'sum.golang.org';
        return guarded(async () => {
          set({ busy: 'apply' });
          if (get().useProxy) {
            set({ appliedProxy: await api.invoke('network.applyProxy', { taskId: task(), target: netTarget(target), proxy: { url: get().proxyUrl }, apt: false }) });
          }
          set({ applied: await api.invoke('network.applyGoproxy', { taskId: task(), target: netTarget(target), goproxy: winner, gosumdb, fixOverrides: true }) });
        });
      },
    };
  });
}

/** How far the Network step got: done once GOPROXY (and the proxy, if used) are written. */
export function networkStatus(s: Pick<NetworkState, 'applied' | 'busy' | 'error' | 'useProxy' | 'proxyTest' | 'race'> & Partial<Pick<NetworkState, 'tls'>>): 'idle' | 'running' | 'done' | 'attention' {
  if (s.busy !== null) return 'running';
  if (s.applied !== null) return 'done';
  if (s.tls?.importCaNeeded) return 'attention';
  if (s.error !== null && s.error.code !== 'CANCELLED') return 'attention';
  if (!proxyReady(s) && s.proxyTest !== null) return 'attention';
  if (s.race !== null && s.race.winner === null) return 'attention';
  return 'idle';
}

/** A GOPROXY candidate or the checksum database failed on an untrusted certificate. */
export function raceMetUntrustedTls(race: z.infer<typeof RaceResult> | null): boolean {
  if (!race) return false;
  return race.candidates.some((c) => c.finding === 'TLS_UNTRUSTED') || race.sumdb?.finding === 'TLS_UNTRUSTED';
}
