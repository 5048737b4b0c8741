import { manualProxyFor } from '../../../src-shared/network/manual-proxy';
import type { WindowsProxyRaw } from '../../../src-shared/network/windows-proxy';
import { compilePac, pacUrlFor, type CompiledPac } from './pac-sandbox';

/**
 * Which proxy Windows would use for a URL, answered in PAC form
 * (`PROXY h:p; DIRECT`). Two implementations: Electron's
 * `session.resolveProxy` on Windows (WinINet manual settings, AutoConfigURL
 * and WPAD, exactly as Chromium does; app/electron-proxy.ts), and
 * `settingsResolver` below, which reads the same registry values from a
 * recorded machine or a test and evaluates the PAC itself.
 */
export interface ProxyResolver {
  resolve(url: string): Promise<string>;
}

/** Every URL goes direct: what Node's http did before (and what tests without a proxy use). */
export const DIRECT_RESOLVER: ProxyResolver = { resolve: async () => 'DIRECT' };

export interface SettingsResolverOptions {
  /** Fetch the PAC script at AutoConfigURL (from a loopback server in tests, from the recording in the demo). */
  readonly fetchPac: (url: string) => Promise<string>;
  readonly pacTimeoutMs?: number;
  /** Told once when the PAC could not be fetched or run, and which way we fell back. */
  readonly onPacError?: (message: string) => void;
}

/**
 * The Windows proxy settings, resolved the way Chromium resolves them:
 * the PAC at AutoConfigURL first; if it cannot be fetched or run, the manual
 * WinINet proxy; otherwise DIRECT (Chromium's fallback for a broken PAC).
 * WPAD auto-detect needs the network's DHCP/DNS and is left to Electron: a
 * recording does not hold it.
 */
export function settingsResolver(raw: WindowsProxyRaw, options: SettingsResolverOptions): ProxyResolver {
  let pac: Promise<CompiledPac | null> | null = null;
  const loadPac = () =>
    (pac ??= raw.autoConfigUrl
      ? options
          .fetchPac(raw.autoConfigUrl)
          .then((text) => compilePac(text, options.pacTimeoutMs !== undefined ? { timeoutMs: options.pacTimeoutMs } : {}))
          .catch((e: Error) => {
            options.onPacError?.(`PAC ${raw.autoConfigUrl}: ${e.message}`);
            return null;
          })
      : Promise.resolve(null));
  return {
    async resolve(url) {
      const compiled = await loadPac();
      if (compiled) {
        const { url: pacUrl, host } = pacUrlFor(url);
        try {
          return compiled.findProxy(pacUrl, host);
        } catch (e) {
          options.onPacError?.((e as Error).message);
        }
      }
      return manualProxyFor(url, raw) ?? 'DIRECT';
    },
  };
}
