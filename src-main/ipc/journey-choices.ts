import type { InvokeChannel } from '../../src-shared/contract';
import { PRESET_CHOICES, PRESET_FORMAT, type Preset } from '../../src-shared/preset/schema';
import type { HandlerContext, InvokeHandlers } from './dispatcher';

/**
 * What this session's journey actually did, as main saw it succeed (never
 * what the page says it did): the raw material of "Save these choices as a
 * preset". Recorded from the handlers' own requests and results.
 */
export interface JourneyChoices {
  distro: string | null;
  go: string | null;
  goEnv: { goproxy: string; gosumdb: string; goprivate: string } | null;
  proxy: { url: string; noProxy: string[] } | 'none' | null;
  gitSet: boolean;
  proved: boolean;
}

const journeys = new WeakMap<object, JourneyChoices>();

export function journeyOf(runtime: object): JourneyChoices {
  let j = journeys.get(runtime);
  if (!j) journeys.set(runtime, (j = { distro: null, go: null, goEnv: null, proxy: null, gitSet: false, proved: false }));
  return j;
}

type Req = Record<string, unknown>;

function record(j: JourneyChoices, channel: InvokeChannel, req: Req, result: unknown): void {
  const r = (result ?? {}) as Record<string, unknown>;
  switch (channel) {
    case 'go.install': {
      const d = req.distro as { name: string };
      j.distro = d.name;
      if (typeof r.version === 'string') j.go = r.version;
      break;
    }
    case 'network.applyGoproxy':
      j.goEnv = { goproxy: String(req.goproxy), gosumdb: String(req.gosumdb), goprivate: typeof req.goprivate === 'string' ? req.goprivate : '' };
      break;
    case 'network.applyProxy': {
      const p = req.proxy as { url: string } | null;
      // The URL only: a user name or password is the person's, never a preset's.
      j.proxy = p === null ? 'none' : { url: p.url, noProxy: Array.isArray(req.noProxy) ? (req.noProxy as string[]) : [] };
      break;
    }
    case 'network.gitSetup':
      if (typeof req.name === 'string' || typeof req.email === 'string') j.gitSet = true;
      break;
    case 'network.proveIt':
      j.proved = r.ok === true;
      break;
    default:
      break;
  }
}

/** Record every successful call's choice; failures record nothing. */
export function withJourneyRecording(runtime: object, handlers: InvokeHandlers): InvokeHandlers {
  const out: Record<string, unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [InvokeChannel, (req: unknown, ctx: HandlerContext) => unknown][]) {
    out[channel] = async (req: unknown, ctx: HandlerContext) => {
      const result = await handler(req, ctx);
      record(journeyOf(runtime), channel, (req ?? {}) as Req, result);
      return result;
    };
  }
  return out as InvokeHandlers;
}

/**
 * The preset a finished journey stands for (null: not finished: Go installed
 * and the proof passed). A preset the session started with is kept, locks
 * included; what the journey chose fills the rest. Git is saved as "ask":
 * one person's name and e-mail do not belong in a file for many PCs.
 */
export function presetFromJourney(j: JourneyChoices, base: Preset | null, now: Date): Preset | null {
  if (j.go === null || j.distro === null || !j.proved) return null;
  const out: Preset = { format: PRESET_FORMAT, description: `Saved by go-wsl-setup from a finished setup on ${now.toISOString().slice(0, 10)}` };
  for (const k of PRESET_CHOICES) {
    if (base?.[k]) (out as Record<string, unknown>)[k] = base[k];
  }
  if (!base?.distro?.locked) out.distro = { value: { name: j.distro } };
  if (!base?.go?.locked) out.go = { value: j.go };
  if (j.goEnv && !base?.goEnv?.locked) {
    const gosumdb = j.goEnv.gosumdb === 'sum.golang.org' || j.goEnv.gosumdb === 'sum.golang.google.cn' ? j.goEnv.gosumdb : undefined;
    out.goEnv = { value: { GOPROXY: [j.goEnv.goproxy], ...(gosumdb ? { GOSUMDB: gosumdb } : {}), ...(j.goEnv.goprivate ? { GOPRIVATE: j.goEnv.goprivate } : {}) } };
  }
  if (j.proxy && !base?.proxy?.locked) {
    out.proxy = { value: j.proxy === 'none' ? { mode: 'none' } : { mode: 'url', url: j.proxy.url, ...(j.proxy.noProxy.length ? { noProxy: j.proxy.noProxy } : {}) } };
  }
  if (j.gitSet && !base?.git) out.git = { value: { policy: 'ask' } };
  return out;
}
