import { ApiError, type InvokeChannel } from '../../src-shared/contract';
import { PRESET_CHOICES, type Preset, type PresetChoiceKey } from '../../src-shared/preset/schema';
import type { HandlerContext, InvokeHandlers } from './dispatcher';
import type { Runtime } from './runtime';
import type { PresetLoad } from '../services/preset';

/**
 * The preset's locks, enforced in main on the request itself (after the
 * contract's validation, before the handler): the page shows a lock, but
 * only this decides. A locked choice may be used, never changed:
 *   - distro: every action names that distro;
 *   - go: go.install installs that release (a locked "latest" installs what
 *     the release list calls latest: the request names no other version);
 *   - goEnv: GOPROXY one of the preset's, GOSUMDB and GOPRIVATE as written;
 *   - proxy: the preset's URL (credentials stay the person's), or none;
 *   - git: `set` writes those values only, `skip` writes none, `ask-domain`
 *     accepts only those e-mail domains.
 * An invalid preset refuses everything but reading (the page shows only the
 * problems; nothing runs): READ_ONLY_CHANNELS.
 */
const READ_ONLY_CHANNELS: ReadonlySet<InvokeChannel> = new Set<InvokeChannel>(['app.info', 'preset.get', 'settings.setLanguage', 'machines.list']);

function locked(msg: string): ApiError {
  return new ApiError('LOCKED', `locked by the preset: ${msg}`);
}

/** The distro a request works on, whichever shape its channel uses. */
function distroOf(req: Record<string, unknown>): string | null {
  if (typeof req.name === 'string') return req.name;
  const d = req.distro;
  if (typeof d === 'string') return d;
  if (d && typeof d === 'object' && typeof (d as { name?: unknown }).name === 'string') return (d as { name: string }).name;
  const t = req.target as { distro?: unknown } | undefined;
  if (t && typeof t.distro === 'string') return t.distro;
  return null;
}

const DISTRO_CHANNELS = /^(distro\.(install|createUser|previewConfig|applyConfig|exportBackup|unregister)|go\.(detectOld|install|verifyShells|uninstall)|network\.|editor\.)/;

function checkLocks(p: Preset, channel: InvokeChannel, req: Record<string, unknown>): ApiError | null {
  if (p.distro?.locked && DISTRO_CHANNELS.test(channel)) {
    const d = distroOf(req);
    if (d !== null && d.toLowerCase() !== p.distro.value.name.toLowerCase()) return locked(`the distro is ${p.distro.value.name}, not ${d}`);
  }
  if (p.go?.locked && channel === 'go.install') {
    const v = typeof req.version === 'string' ? req.version : null;
    if (p.go.value !== 'latest' && v !== p.go.value) return locked(`Go is ${p.go.value}`);
  }
  const env = p.goEnv?.locked ? p.goEnv.value : null;
  if (env && channel === 'network.applyGoproxy') {
    const goproxy = String(req.goproxy ?? '').replace(/\/+$/, '');
    if (env.GOPROXY && !env.GOPROXY.some((u) => u.replace(/\/+$/, '') === goproxy)) return locked(`GOPROXY is one of ${env.GOPROXY.join(', ')}`);
    if (env.GOSUMDB && req.gosumdb !== env.GOSUMDB) return locked(`GOSUMDB is ${env.GOSUMDB}`);
    if (env.GOPRIVATE !== undefined && (req.goprivate ?? '') !== env.GOPRIVATE) return locked(`GOPRIVATE is ${env.GOPRIVATE}`);
  }
  if (p.proxy?.locked && channel === 'network.applyProxy') {
    const v = p.proxy.value;
    const url = (req.proxy as { url?: string } | null)?.url ?? null;
    if (v.mode === 'none' && url !== null) return locked('no proxy');
    if (v.mode === 'url' && url !== null && url !== v.url) return locked(`the proxy is ${v.url}`);
  }
  if (p.git?.locked && channel === 'network.gitSetup') {
    const g = p.git.value;
    const name = typeof req.name === 'string' ? req.name : null;
    const email = typeof req.email === 'string' ? req.email : null;
    if (g.policy === 'skip' && (name !== null || email !== null)) return locked('git name and e-mail are left alone');
    if (g.policy === 'set' && ((name !== null && name !== g.name) || (email !== null && email !== g.email))) return locked(`git is ${g.name} <${g.email}>`);
    if (g.policy === 'ask-domain' && email !== null && !g.domains.some((d) => email.toLowerCase().endsWith(`@${d.toLowerCase()}`))) {
      return locked(`the e-mail must be in ${g.domains.join(', ')}`);
    }
  }
  return null;
}

/** Null: allowed. The request is the contract-validated one. */
export function presetRefusal(load: PresetLoad | undefined, channel: InvokeChannel, request: unknown): ApiError | null {
  if (!load || load.status === 'none') return null;
  if (load.status === 'invalid') {
    return READ_ONLY_CHANNELS.has(channel) ? null : new ApiError('LOCKED', 'the preset is invalid: nothing runs until it is fixed (see its problems)');
  }
  return checkLocks(load.preset, channel, (request ?? {}) as Record<string, unknown>);
}

/** Every choice key the preset locks, in wizard order. */
export function lockedKeys(p: Preset): PresetChoiceKey[] {
  return PRESET_CHOICES.filter((k) => p[k]?.locked === true);
}

/** The handlers behind the locks: a refused request never reaches its handler. */
export function withPresetLocks(runtime: Pick<Runtime, 'preset'>, handlers: InvokeHandlers): InvokeHandlers {
  const out: Record<string, unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [InvokeChannel, (req: unknown, ctx: HandlerContext) => unknown][]) {
    out[channel] = (req: unknown, ctx: HandlerContext) => {
      const refusal = presetRefusal(runtime.preset, channel, req);
      if (refusal) throw refusal;
      return handler(req, ctx);
    };
  }
  return out as InvokeHandlers;
}
