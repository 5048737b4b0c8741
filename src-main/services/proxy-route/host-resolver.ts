import type { Host } from '../../host/types';
import { parseWinProxyJson, winProxySpec } from '../network/win-proxy';
import { DIRECT_RESOLVER, settingsResolver, type ProxyResolver } from './resolver';

/**
 * The resolver for a replayed machine (the browser demo, e2e, support replay):
 * the machine's recorded Windows proxy settings (the net.win-proxy probe) and
 * the PAC script recorded with them, evaluated by settingsResolver. Read once
 * per host, so picking another recorded machine gives its own resolver.
 */
export function hostProxyResolver(currentHost: () => Host): ProxyResolver {
  const cache = new WeakMap<Host, Promise<ProxyResolver>>();
  const forHost = (host: Host): Promise<ProxyResolver> => {
    let r = cache.get(host);
    if (!r) {
      r = host
        .run(winProxySpec())
        .then((res) => {
          const raw = res.exitCode === 0 ? parseWinProxyJson(res.stdout) : null;
          if (!raw) return DIRECT_RESOLVER;
          return settingsResolver(raw, {
            fetchPac: async () => {
              if (raw.pacScript) return raw.pacScript;
              throw new Error('the recording holds no PAC script');
            },
          });
        })
        // A machine recorded without the probe (or a strict test host) has no proxy: DIRECT, as before.
        .catch(() => DIRECT_RESOLVER);
      cache.set(host, r);
    }
    return r;
  };
  return { resolve: async (url) => (await forHost(currentHost())).resolve(url) };
}
