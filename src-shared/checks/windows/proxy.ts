import { check, type PreflightCheck } from '../types';

/**
 * The Windows proxy, reported so the Network step can carry it into WSL. A
 * proxy on 127.0.0.1 is not reachable from a NAT-mode distro as it is: worth
 * a note now (WIN_PROXY_LOOPBACK), fixed later. Nothing is tested here, so
 * the note never says the proxy fails to answer (PROXY_REFUSED did, next to
 * a "works" verdict: a card that contradicted itself).
 */
export const proxy: PreflightCheck = {
  id: 'proxy',
  evaluate({ windows: w }) {
    const p = w.proxy;
    const observed = { enabled: p.wininetEnabled, server: p.wininetServer, pac: p.autoConfigUrl, winhttp: p.winhttp };
    const loopback = p.wininetEnabled === true && p.wininetServer !== null && /(^|[=;])\s*(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)(:|$)/i.test(p.wininetServer);
    return loopback ? check(this.id, 'warn', observed, ['WIN_PROXY_LOOPBACK']) : check(this.id, 'ok', observed);
  },
};
