import type { Hit, Rule } from '../types';
import { hit } from './util';

/**
 * Network failures inside the distro, in the words of Go, git, curl, wget
 * and apt. One line may say several things ("unrecognized import path ...
 * (https fetch: ... i/o timeout)"); the most specific cause wins, so each
 * class looks only at lines the more specific ones did not claim.
 */
const LOOPBACK = /(?:127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1)/;

const DNS =
  /no such host|Temporary failure in name resolution|Temporary failure resolving|server misbehaving|Could not resolve host|unable to resolve host address|Name or service not known|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|lookup \S+ on [\d.:[\]]+:53: |nodename nor servname provided|Could not resolve '/i;
const TIMEOUT = /i\/o timeout|TLS handshake timeout|context deadline exceeded|Client\.Timeout exceeded|connection timed out|operation timed out|timed out while|Network is unreachable|ETIMEDOUT/i;
const REFUSED = /connection refused|Connection refused|connection reset by peer|ECONNREFUSED|ECONNRESET|forcibly closed by the remote host/i;
const TLS = /x509: certificate signed by unknown authority|tls: failed to verify certificate|x509: certificate is not valid|x509: certificate has expired|certificate verify failed|SSL certificate problem|server certificate verification failed|self[- ]signed certificate/i;
const PROXY_BAD = /proxyconnect tcp: (?:EOF|tls: first record does not look like a TLS handshake|.*malformed HTTP)|Proxy CONNECT aborted|Received HTTP code \d+ from proxy after CONNECT|unsupported proxy scheme|Unsupported proxy syntax/i;
const COMMON_PROXY_PORT = /port (?:7890|7891|7897|1080|1081|10808|10809|8889|8888|8118|3128|20171|20172|2080|9090)\b|:(?:7890|7891|7897|1080|1081|10808|10809|8889|8888|8118|3128|20171|20172|2080|9090)\b/;

const proxy: Rule = (ctx) => {
  const hits: Hit[] = [];
  const bad = ctx.first(PROXY_BAD);
  if (bad) hits.push(hit('PROXY_BAD_RESPONSE', 0.92, bad));
  const pc = ctx.first(/proxyconnect tcp: .*(?:connection refused|i\/o timeout|no route to host|connection reset)/i);
  if (pc) hits.push(hit('PROXY_REFUSED', 0.95, pc));
  // A fetch refused by a loopback address is a local proxy setting that nothing answers (from WSL: 127.0.0.1 is the distro).
  const loop = ctx.lines.find((l) => REFUSED.test(l) && LOOPBACK.test(l) && !/proxyconnect/.test(l));
  if (loop) hits.push(hit('PROXY_REFUSED', 0.88, loop));
  const usualPort = ctx.lines.find((l) => REFUSED.test(l) && COMMON_PROXY_PORT.test(l) && !LOOPBACK.test(l));
  if (usualPort) hits.push(hit('PROXY_REFUSED', 0.7, usualPort));
  return hits;
};

const tls: Rule = (ctx) => {
  const line = ctx.first(TLS);
  return line ? [hit('TLS_UNTRUSTED', 0.93, line)] : [];
};

const dns: Rule = (ctx) => {
  const line = ctx.first(DNS);
  return line ? [hit('DNS_FAILURE', 0.92, line)] : [];
};

const timeout: Rule = (ctx) => {
  const lines = ctx.lines.filter((l) => TIMEOUT.test(l) && !DNS.test(l) && !/proxyconnect/.test(l));
  // "Network is unreachable" alone may be IPv6 without a route; a real timeout on the same line outranks it.
  const strong = lines.find((l) => TIMEOUT.test(l.replace(/Network is unreachable/gi, '')));
  if (strong) return [hit('NET_TIMEOUT', 0.88, strong)];
  return lines[0] ? [hit('NET_TIMEOUT', 0.7, lines[0])] : [];
};

const refused: Rule = (ctx) => {
  const line = ctx.lines.find((l) => REFUSED.test(l) && !LOOPBACK.test(l) && !/proxyconnect/.test(l) && !COMMON_PROXY_PORT.test(l));
  return line ? [hit('CONN_REFUSED_REMOTE', 0.86, line)] : [];
};

/** Checksum database: mismatches, and sum.golang.org unreachable (its error may describe Google's side). */
const sumdb: Rule = (ctx) => {
  const hits: Hit[] = [];
  const mismatch = ctx.first(/checksum mismatch|SECURITY ERROR/);
  if (mismatch) hits.push(hit('GOSUMDB_FAILURE', 0.95, mismatch));
  const unreachable = ctx.lines.find((l) => /sum\.golang\.(?:org|google\.cn)|verifying (?:module|\S+@\S+)/.test(l) && (TIMEOUT.test(l) || REFUSED.test(l) || DNS.test(l) || /EOF|Failed to connect|dial tcp|5\d\d [A-Z]/.test(l)));
  if (unreachable) hits.push(hit('GOSUMDB_FAILURE', 0.9, unreachable));
  // A checksum database answering 404 for a lookup or a tile (a third-party sumdb, or a proxy's /sumdb/ mirror
  // lagging behind): the module exists, its checksum cannot be verified there. (410 Gone from sum.golang.org is
  // the module itself being unfetchable: MODULE_NOT_FOUND below.)
  const sum404 = ctx.lines.find((l) => /verifying (?:module|\S+@\S+)/.test(l) && /\/(?:lookup|tile)\/\S*: 404 Not Found|sumdb\/\S*: 404 Not Found/.test(l));
  if (sum404) hits.push(hit('GOSUMDB_FAILURE', 0.92, sum404));
  return hits;
};

const PUBLIC_HOSTS =
  /^(?:github\.com|gitlab\.com|bitbucket\.org|golang\.org|go\.googlesource\.com|google\.golang\.org|gopkg\.in|go\.uber\.org|k8s\.io|sigs\.k8s\.io|cloud\.google\.com|go\.etcd\.io|gorm\.io|honnef\.co|gotest\.tools|go\.opentelemetry\.io|mvdan\.cc|modernc\.org|gitee\.com|golang\.google\.cn)$/;

/** The module path's host, for "is this likely private". */
function moduleHost(line: string): string | null {
  const m = /(?:reading https?:\/\/[^/\s]+\/|module |go: )([a-z0-9.-]+\.[a-z]{2,})\//i.exec(line);
  return m?.[1]?.toLowerCase() ?? null;
}

const modules: Rule = (ctx) => {
  const hits: Hit[] = [];
  const gitFailure = /terminal prompts disabled|could not read Username|Repository not found|fatal: repository|exit status 128/;
  const proxySide = ctx.first(/server response:|not found: module |\/tmp\/gopath\/pkg\/mod\/cache\/vcs/);
  if (proxySide && ctx.lines.some((l) => gitFailure.test(l))) hits.push(hit('PRIVATE_MODULE', 0.93, proxySide, ctx.first(gitFailure)));
  const gone = ctx.first(/: (?:404 Not Found|410 Gone)\b/);
  if (gone && /go:|@v|golang|goproxy|reading https/.test(gone)) {
    const host = moduleHost(gone);
    const privateLooking = host !== null && !PUBLIC_HOSTS.test(host) && /(?:^git\.|^gitlab\.|\.corp\b|\.internal\b|\.local\b|\.lan\b|\.intra)/.test(host);
    hits.push(privateLooking ? hit('PRIVATE_MODULE', 0.86, gone) : hit('MODULE_NOT_FOUND', 0.88, gone));
  }
  const rev = ctx.first(/unknown revision|no matching versions for query|cannot find module providing package|found, but does not contain package|malformed module path|invalid version: /);
  if (rev) hits.push(hit('MODULE_NOT_FOUND', 0.9, rev));
  // The host says the repository does not exist (GitHub, GitLab, googlesource word it differently; the notion is one).
  const noRepo = ctx.first(/Repository not found|repository '[^']*' not found|Git repository not found|project you were looking for could not be found|repository '[^']*' does not exist/i);
  if (noRepo) hits.push(hit('MODULE_NOT_FOUND', 0.88, noRepo));
  // "unrecognized import path" says only that the lookup failed; a network cause in the same line outranks it.
  const unrec = ctx.first(/unrecognized import path/);
  if (unrec) hits.push(hit('MODULE_NOT_FOUND', 0.62, unrec));
  return hits;
};

export const networkRules: Rule[] = [proxy, tls, dns, timeout, refused, sumdb, modules];
