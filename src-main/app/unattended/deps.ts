import { invokeChannels, type InvokeChannel, type InvokeRequest, type InvokeResponse } from '../../../src-shared/contract';
import { defaultUserFrom, PROBE_USER } from '../../../src-shared/distro/default-user';
import type { Preset } from '../../../src-shared/preset/schema';
import { createInvokeHandlers } from '../../ipc/handlers';
import { createGoHandlers } from '../../ipc/handlers-go';
import type { HandlerContext, InvokeHandlers } from '../../ipc/dispatcher';
import type { Runtime } from '../../ipc/runtime';
import { rebootNow } from '../../services/resume';
import { presetMirrors } from '../../services/preset';
import type { UnattendedDeps } from '../../services/unattended/orchestrate';

/**
 * The unattended run's deps, bound to the very handlers the pages call (same
 * services, same Terminal, same recording for the support report). Each
 * request goes through the contract's own schema first, as it would at the
 * bridge. Only the restart differs from a page: the admin chose it by
 * starting an unattended run, so main takes it without its dialog, and the
 * RunOnce entry starts this same unattended run again.
 */
export interface UnattendedBinding {
  readonly exePath: string;
  /** What RunOnce passes after `--resume`: `--unattended --preset FILE`. */
  readonly resumeArgs: readonly string[];
  readonly log: (line: string) => void;
}

export function unattendedDeps(runtime: Runtime, preset: Preset, binding: UnattendedBinding): UnattendedDeps {
  const mirrors = presetMirrors(preset);
  const handlers: InvokeHandlers = { ...createInvokeHandlers(runtime), ...createGoHandlers(runtime, mirrors ? { mirrors } : {}) };
  const ctx: HandlerContext = { sender: { transport: 'harness', isMainFrame: true, origin: 'unattended', authenticated: true }, emit: runtime.emit };
  let task = 0;
  const taskId = () => `unattended-${++task}`;
  async function call<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>> {
    const parsed = invokeChannels[channel].request.parse(request);
    const handler = handlers[channel] as (r: unknown, c: HandlerContext) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
    return handler(parsed, ctx);
  }
  const target = (t: { distro: string; user: string }) => ({ distro: t.distro, user: t.user });

  return {
    preflight: () => call('preflight.run', {}),
    fix: (action) => call('wsl.fix', { action, taskId: taskId() }),
    installWsl: () => call('wsl.install', { taskId: taskId() }),
    restart: async (step, reason) => {
      const r = await rebootNow(runtime, step, reason, { exePath: binding.exePath, resumeArgs: binding.resumeArgs });
      return r.scheduled;
    },
    defaultUser: async (distro) => {
      try {
        return defaultUserFrom(await call('distro.previewConfig', { target: { kind: 'wslconf-user', distro, username: PROBE_USER } }));
      } catch (e) {
        binding.log(`distro: cannot read /etc/wsl.conf of ${distro}: ${e instanceof Error ? e.message : String(e)}`);
        return null;
      }
    },
    goReleases: async () => {
      const r = await call('go.releases', {});
      return { latestStable: r.latestStable, versions: r.releases.map((x) => x.version) };
    },
    detectOldGo: async (t) => (await call('go.detectOld', { distro: { name: t.distro, user: t.user } })).findings,
    installGo: (t, version) => call('go.install', { taskId: taskId(), distro: { name: t.distro, user: t.user }, version }),
    verifyShells: async (t, version) => {
      const r = await call('go.verifyShells', { distro: { name: t.distro, user: t.user }, expectedVersion: version });
      return { ok: r.ok, finding: r.shells.flatMap((s) => s.findings)[0] ?? null };
    },
    applyProxy: async (t, url, noProxy) => {
      await call('network.applyProxy', { target: target(t), proxy: { url }, noProxy: [...noProxy], apt: false });
    },
    windowsProxy: async (t) => {
      const plan = (await call('network.detectProxy', { target: target(t) })).plan;
      // Only entries the apply request accepts (Windows' `<local>` or `*.x` wildcards have no NO_PROXY form there).
      const noProxy = (plan?.noProxy ?? '').split(',').filter((x) => /^[A-Za-z0-9.:/-]+$/.test(x)).slice(0, 64);
      return { url: plan?.url ?? null, noProxy };
    },
    testProxy: async (t, url) => {
      const r = await call('network.testProxy', { target: target(t), proxy: { url } });
      return { ok: r.status === 'ok', finding: r.finding };
    },
    raceGoproxy: async (t, candidates) => {
      const r = await call('network.raceGoproxy', { target: target(t), ...(candidates ? { candidates: [...candidates] } : {}) });
      return { winner: r.winner, sumdb: r.sumdb?.value ?? null, finding: r.candidates.find((c) => c.finding)?.finding ?? null };
    },
    // fixOverrides false: an init file's own GOPROXY export is the user's, and the preset does not name it.
    applyGoproxy: (t, goproxy, gosumdb, goprivate) =>
      call('network.applyGoproxy', { target: target(t), goproxy, gosumdb, ...(goprivate ? { goprivate } : {}), fixOverrides: false }),
    gitSetup: async (t, name, email) => {
      await call('network.gitSetup', { target: target(t), name, email, installIfMissing: false });
    },
    prove: async (t) => {
      const r = await call('network.proveIt', { target: target(t), cgo: false });
      const bad = r.steps.find((s) => !s.ok);
      return { ok: r.ok, finding: bad?.finding ?? null, failedStep: bad?.name ?? null };
    },
    log: binding.log,
  };
}
