import type { TranscriptEntry } from '../../../src-shared/transcript/schema';
import { neutralPac } from './neutral-pac';

/** The probe that records the Windows proxy settings and the PAC body (network/win-proxy.ts). */
const WIN_PROXY_PROBE = 'net.win-proxy';

/**
 * The recorded runs with every PAC body the proxy probe captured replaced by
 * its neutral PAC (neutral-pac.ts). Only the pacScript field changes; the
 * rest of the probe's JSON stays as recorded, so the replay reads the same
 * settings. Output that is not the probe's JSON is left to the redactor.
 */
export function withNeutralPacs(entries: readonly TranscriptEntry[]): TranscriptEntry[] {
  return entries.map((e) => {
    if (e.probe !== WIN_PROXY_PROBE || !e.stdout || !('text' in e.stdout)) return e;
    const text = e.stdout.text;
    const start = text.indexOf('{');
    if (start < 0) return e;
    const body = text.slice(start).trimEnd();
    let obj: unknown;
    try {
      obj = JSON.parse(body);
    } catch {
      return e;
    }
    if (typeof obj !== 'object' || obj === null || typeof (obj as { pacScript?: unknown }).pacScript !== 'string') return e;
    const o = obj as Record<string, unknown>;
    const replaced = JSON.stringify({ ...o, pacScript: neutralPac(o.pacScript as string) });
    return { ...e, stdout: { ...e.stdout, text: text.slice(0, start) + replaced + text.slice(start + body.length) } };
  });
}
