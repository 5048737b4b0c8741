import vm from 'node:vm';

/**
 * Evaluates a PAC script outside Chromium (the browser demo, the harness and
 * tests; the Windows app asks Electron instead, see app/electron-proxy.ts).
 *
 * A PAC is code from a local port or the company network, so it runs in a
 * node:vm context that holds nothing from this process: the PAC helpers are
 * defined by source text inside the context (a host function there would
 * hand the script our Function constructor), string code generation and
 * WebAssembly are off, each run has a time limit, and the URL and host go in
 * as JSON string literals. The result is a string or an error, never an object.
 *
 * Limits, said plainly: there is no synchronous DNS in Node, so dnsResolve,
 * isResolvable and isInNet answer only for IP literals (a name is "not
 * resolvable"), and myIpAddress is 127.0.0.1. The PACs Clash and v2rayN serve
 * decide by name (shExpMatch, dnsDomainIs), which works fully.
 */
const HELPERS = String.raw`
"use strict";
// In a browser the global object inherits from Object.prototype, and gfwlist-style PACs call
// hasOwnProperty.call(rules, host) bare; this context's global does not, so name it (this realm's own).
var hasOwnProperty = Object.prototype.hasOwnProperty;
function isPlainHostName(h) { return String(h).indexOf('.') < 0; }
function dnsDomainIs(h, d) { h = String(h).toLowerCase(); d = String(d).toLowerCase(); return h.length >= d.length && h.substring(h.length - d.length) === d; }
function localHostOrDomainIs(h, hd) { h = String(h).toLowerCase(); hd = String(hd).toLowerCase(); return h === hd || (h.indexOf('.') < 0 && hd.indexOf(h + '.') === 0); }
function __ip4(s) { var m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(String(s)); if (!m) return null; var n = 0; for (var i = 1; i <= 4; i++) { var b = +m[i]; if (b > 255) return null; n = n * 256 + b; } return n; }
function isResolvable(h) { return __ip4(h) !== null; }
function dnsResolve(h) { return __ip4(h) !== null ? String(h) : null; }
function myIpAddress() { return '127.0.0.1'; }
function isInNet(h, pat, mask) { var a = __ip4(h), p = __ip4(pat), m = __ip4(mask); if (a === null || p === null || m === null) return false; return (a & m) >>> 0 === (p & m) >>> 0; }
function convert_addr(ip) { var n = __ip4(ip); return n === null ? 0 : n; }
function dnsDomainLevels(h) { return String(h).split('.').length - 1; }
function shExpMatch(s, e) { var re = '^' + String(e).replace(/[.+^$(){}|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$'; return new RegExp(re).test(String(s)); }
function weekdayRange() { return true; }
function dateRange() { return true; }
function timeRange() { return true; }
function alert() {}
`;

export class PacError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PacError';
  }
}

export interface CompiledPac {
  /** FindProxyForURL(url, host) as the PAC answers it. */
  findProxy(url: string, host: string): string;
}

const MAX_PAC_CHARS = 1024 * 1024;

export function compilePac(text: string, options: { timeoutMs?: number } = {}): CompiledPac {
  if (text.length > MAX_PAC_CHARS) throw new PacError(`PAC script larger than ${MAX_PAC_CHARS} characters`);
  const timeout = options.timeoutMs ?? 1000;
  const context = vm.createContext(Object.create(null), { codeGeneration: { strings: false, wasm: false }, name: 'pac' });
  try {
    vm.runInContext(HELPERS, context, { timeout, filename: 'pac-helpers.js' });
    vm.runInContext(text, context, { timeout, filename: 'proxy.pac' });
    if (vm.runInContext('typeof FindProxyForURL', context, { timeout }) !== 'function') throw new PacError('the PAC script defines no FindProxyForURL');
  } catch (e) {
    throw e instanceof PacError ? e : new PacError(`the PAC script does not run: ${(e as Error).message}`);
  }
  return {
    findProxy(url, host) {
      let out: unknown;
      try {
        // The arguments enter as JSON literals: data, never code.
        out = vm.runInContext(`String(FindProxyForURL(${JSON.stringify(url)}, ${JSON.stringify(host)}))`, context, { timeout });
      } catch (e) {
        throw new PacError(`FindProxyForURL failed: ${(e as Error).message}`);
      }
      if (typeof out !== 'string') throw new PacError('FindProxyForURL returned no string');
      return out.slice(0, 4096);
    },
  };
}

/**
 * The URL a PAC sees: Chromium strips the path and query of https:// URLs
 * before calling FindProxyForURL (MDN, "Proxy Auto-Configuration (PAC) file").
 */
export function pacUrlFor(url: string): { url: string; host: string } {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return { url: u.protocol === 'https:' ? `${u.protocol}//${u.host}/` : u.toString(), host };
}
