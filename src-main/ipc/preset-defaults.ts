import type { InvokeChannel } from '../../src-shared/contract';
import type { HandlerContext, InvokeHandlers } from './dispatcher';
import type { Runtime } from './runtime';

/**
 * A good preset's choices as main-side defaults, for requests that leave
 * them open: the GOPROXY race runs over the preset's candidates, GOPROXY
 * is written with the preset's GOSUMDB and GOPRIVATE, and a Go install
 * without a version installs the preset's release; the detected proxy plan
 * is the preset's proxy, which the page then tests and applies. (The page
 * pre-fills the Go release and the distro itself; the mirrors go to the Go
 * service directly.) A request that names its own value is left to the
 * locks (preset-locks.ts).
 */
export function withPresetDefaults(runtime: Pick<Runtime, 'preset'>, handlers: InvokeHandlers): InvokeHandlers {
  const out: Record<string, unknown> = { ...handlers };
  const wrap = (channel: InvokeChannel, fill: (req: Record<string, unknown>) => Record<string, unknown>) => {
    const handler = handlers[channel] as (req: unknown, ctx: HandlerContext) => unknown;
    out[channel] = (req: unknown, ctx: HandlerContext) => handler(runtime.preset?.status === 'ok' ? fill(req as Record<string, unknown>) : req, ctx);
  };
  wrap('network.raceGoproxy', (req) => {
    const list = runtime.preset?.status === 'ok' ? runtime.preset.preset.goEnv?.value.GOPROXY : undefined;
    return req.candidates === undefined && list ? { ...req, candidates: [...list] } : req;
  });
  // The page has no GOSUMDB or GOPRIVATE field: the preset's values are the choice (a GOSUMDB the contract
  // cannot carry is left to the locks, which then refuse the page's own).
  wrap('network.applyGoproxy', (req) => {
    const env = runtime.preset?.status === 'ok' ? runtime.preset.preset.goEnv?.value : undefined;
    if (!env) return req;
    const gosumdb = env.GOSUMDB === 'sum.golang.org' || env.GOSUMDB === 'sum.golang.google.cn' ? env.GOSUMDB : undefined;
    return { ...req, ...(gosumdb ? { gosumdb } : {}), ...(req.goprivate === undefined && env.GOPRIVATE ? { goprivate: env.GOPRIVATE } : {}) };
  });
  // The proxy: the page fills its field from the detected plan, so a preset's proxy becomes the plan
  // (a URL "as configured", or none); "from Windows" is the detection itself.
  const detect = out['network.detectProxy'] as (req: unknown, ctx: HandlerContext) => Promise<Record<string, unknown>>;
  out['network.detectProxy'] = async (req: unknown, ctx: HandlerContext) => {
    const result = await detect(req, ctx);
    const proxy = runtime.preset?.status === 'ok' ? runtime.preset.preset.proxy?.value : undefined;
    if (!proxy || proxy.mode === 'from-windows') return result;
    const plan = proxy.mode === 'none' ? null : { route: 'as-configured', url: proxy.url, needsAllowLan: false, noProxy: (proxy.noProxy ?? []).join(',') };
    return { ...result, plan };
  };
  wrap('go.install', (req) => {
    const v = runtime.preset?.status === 'ok' ? runtime.preset.preset.go?.value : undefined;
    return req.version === undefined && v && v !== 'latest' ? { ...req, version: v } : req;
  });
  return out as InvokeHandlers;
}
