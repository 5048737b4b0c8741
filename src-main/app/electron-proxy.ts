import { session } from 'electron';
import type { ProxyResolver } from '../services/proxy-route/resolver';

/**
 * On Windows, Chromium's own resolver answers: WinINet's manual proxy with its
 * bypass list, the PAC at AutoConfigURL and WPAD auto-detect, exactly as the
 * user's browser would (Electron `Session.resolveProxy(url)` resolves to the
 * PAC-form answer, e.g. "PROXY 127.0.0.1:7890" or "DIRECT"). Asked lazily:
 * the default session exists only once the app is ready.
 */
export function electronProxyResolver(): ProxyResolver {
  return { resolve: (url) => session.defaultSession.resolveProxy(url) };
}
