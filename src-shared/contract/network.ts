import { z } from 'zod';
import { Id, invoke, LIMITS } from './define';
import { SSH_SERVICE_IDS, validEmail, validGitName, validKeyComment, validUrlPrefix } from '../network/git';
import { normaliseGoprivate, normaliseGoproxyUrl, normaliseProbePath } from '../network/goproxy';
import { isValidHost, parseProxyUrl } from '../network/proxy';
import { DistroName, LinuxUser } from '../names';

/**
 * Network for Go: proxy, DNS, TLS, GOPROXY/GOSUMDB, git/SSH, and the proof.
 * Every string the renderer sends is validated here by the same pure
 * functions the services use, so hostile text is refused at the bridge and
 * what passes is plain data (scripts receive it as arguments, never as code).
 */

// The one schema per kind of name lives in src-shared/names; re-exported for the contract's users.
export { DistroName } from '../names';
/** Which distro and which user a network action runs as (network-specific; other steps have their own). */
export const DistroTarget = z.object({ distro: DistroName, user: LinuxUser }).strict();
export type DistroTarget = z.infer<typeof DistroTarget>;

const FindingId = z.string().max(64).regex(/^[A-Z][A-Z0-9_]*$/);

/** A proxy as the user enters it: URL without credentials, credentials apart (they are secrets). */
export const ProxyInput = z
  .object({
    url: z.string().max(LIMITS.shortText).refine((s) => {
      const p = parseProxyUrl(s);
      return p !== null && p.username === undefined;
    }, 'proxy: scheme://host:port, credentials in their own fields'),
    username: z.string().min(1).max(256).regex(/^[^\u0000-\u001f\u007f]*$/).optional(),
    password: z.string().max(256).regex(/^[^\u0000-\u001f\u007f]*$/).optional(),
  })
  .strict();
export type ProxyInput = z.infer<typeof ProxyInput>;

const GoproxyUrl = z.string().max(512).refine((s) => normaliseGoproxyUrl(s) !== null, 'GOPROXY: an http(s) URL without commas, credentials or query');
const TestHost = z.string().max(253).refine(isValidHost, 'a host name');
/** host or host:port (TLS checks may target a port other than 443). */
const TestHostPort = z
  .string()
  .max(259)
  .refine((s) => {
    const m = /^([^:]+)(?::(\d{1,5}))?$/.exec(s);
    return m !== null && isValidHost(m[1] ?? '') && (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 65535));
  }, 'host or host:port');
const NoProxyItem = z.string().max(253).regex(/^[A-Za-z0-9.:/-]+$/);

export const ProxyStatus = z.enum(['ok', 'refused', 'timeout', 'auth-required', 'bad-response', 'dns', 'unknown']);

export const DetectProxyResult = z.object({
  windows: z.object({
    wininetEnabled: z.boolean(),
    /** Redacted: never credentials. */
    server: z.string().nullable(),
    autoConfigUrl: z.string().nullable(),
    winhttpServer: z.string().nullable(),
    recognisedAs: z.string().nullable(),
    noProxy: z.array(z.string()),
  }),
  distro: z.object({
    networkingMode: z.enum(['nat', 'mirrored', 'unknown']),
    gateway: z.string().nullable(),
    nameservers: z.array(z.string()),
    /** Proxy variables already set in the distro (autoProxy or an earlier block), redacted. */
    envProxy: z.string().nullable(),
  }),
  plan: z
    .object({
      route: z.enum(['mirrored-loopback', 'nat-host-address', 'as-configured', 'no-gateway']),
      url: z.string().nullable(),
      needsAllowLan: z.boolean(),
      noProxy: z.string(),
    })
    .nullable(),
});

export const TestProxyResult = z.object({
  status: ProxyStatus,
  finding: FindingId.nullable(),
  hint: z.enum(['allowLan', 'checkPort', 'credentials', 'scheme']).nullable(),
  display: z.string(),
  httpCode: z.number().int(),
  connectCode: z.number().int(),
  ms: z.number(),
});

export const NetFileChange = z.object({ path: z.string(), backup: z.string().nullable(), action: z.enum(['written', 'unchanged', 'removed']) });

export const ApplyProxyResult = z.object({ changes: z.array(NetFileChange), display: z.string().nullable() });

export const DnsCheckResult = z.object({
  resolvConf: z.object({ generatedByWsl: z.boolean(), nameservers: z.array(z.string()), search: z.array(z.string()), dnsTunneling: z.boolean() }),
  results: z.array(z.object({ host: z.string(), ok: z.boolean(), addresses: z.array(z.string()), ms: z.number() })),
  findings: z.array(FindingId),
  fixes: z.array(z.enum(['generateResolvConf', 'dnsTunneling', 'fixedResolver', 'checkVpn'])),
});

export const TlsCheckResult = z.object({
  hosts: z.array(
    z.object({
      host: z.string(),
      connected: z.boolean(),
      issuer: z.string().nullable(),
      trusted: z.boolean(),
      intercepted: z.boolean(),
      verifyText: z.string().nullable(),
      finding: FindingId.nullable(),
    }),
  ),
  /** Import the inspecting CA into the distro's store (steps the UI shows; the CA file comes from IT). */
  importCaNeeded: z.boolean(),
});

/**
 * The certificate main read from the file the person picked in main's own file
 * dialog, and what happened: installed after their yes in main's dialog
 * (subject, issuer, SHA-256 shown there), declined there, or no file picked.
 */
export const ImportCaResult = z.object({
  outcome: z.enum(['installed', 'declined', 'cancelled']),
  certificate: z.object({ subject: z.string(), issuer: z.string(), fingerprint256: z.string(), validTo: z.string() }).nullable(),
  changes: z.array(NetFileChange),
});

export const RaceResult = z.object({
  winner: z.string().nullable(),
  decidedInMs: z.number(),
  reason: z.enum(['first-healthy', 'all-answered', 'deadline']),
  candidates: z.array(
    z.object({
      url: z.string(),
      ok: z.boolean(),
      latencyMs: z.number().nullable(),
      httpCode: z.number().nullable(),
      finding: FindingId.nullable(),
      abandoned: z.boolean(),
    }),
  ),
  sumdb: z.object({ value: z.string(), reason: z.enum(['direct', 'via-proxy', 'china-mirror', 'unreachable']), finding: FindingId.nullable() }).nullable(),
});

export const ApplyGoproxyResult = z.object({
  goproxy: z.string(),
  gosumdb: z.string(),
  goprivate: z.string(),
  /** Init files that export a Go variable and so override `go env -w`. */
  overrides: z.array(z.object({ file: z.string(), line: z.number().int(), name: z.string() })),
  changes: z.array(NetFileChange),
  findings: z.array(FindingId),
});

/** After undo: the values Go now reports, and what was written back. */
export const UndoGoproxyResult = z.object({
  goproxy: z.string(),
  gosumdb: z.string(),
  goprivate: z.string(),
  changes: z.array(NetFileChange),
});

/** After undoing the certificate import and the git rewrites: what was removed. */
export const UndoNetworkExtrasResult = z.object({
  /** The certificate files removed from the distro's store (ours only). */
  removedCertificates: z.array(z.string()),
  /** "BASE PREFIX" of each insteadOf rewrite removed from ~/.gitconfig. */
  removedRewrites: z.array(z.string()),
  changes: z.array(NetFileChange),
});

export const GitSetupResult = z.object({
  gitVersion: z.string().nullable(),
  installed: z.boolean(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  insteadOf: z.array(z.string()),
  findings: z.array(FindingId),
});

export const SshKeyResult = z.object({
  publicKey: z.string().nullable(),
  fingerprint: z.string().nullable(),
  created: z.boolean(),
  test: z
    .object({
      service: z.enum(SSH_SERVICE_IDS),
      status: z.enum(['authenticated', 'denied', 'refused', 'timeout', 'dns', 'host-key', 'unknown']),
      account: z.string().nullable(),
      via: z.string().nullable(),
      finding: FindingId.nullable(),
    })
    .nullable(),
});

export const ProveStep = z.object({
  name: z.enum(['init', 'run', 'get', 'test', 'cgo']),
  ok: z.boolean(),
  ms: z.number(),
  output: z.string().max(LIMITS.text),
  finding: FindingId.nullable(),
});
export const ProveItResult = z.object({ workdir: z.string(), steps: z.array(ProveStep), ok: z.boolean() });

/** Every request may name a task id (see tasks.ts) so the UI can cancel long probes and the proof. */
export const networkInvoke = {
  'network.detectProxy': invoke(z.object({ taskId: Id.optional(), target: DistroTarget }).strict(), DetectProxyResult),
  'network.testProxy': invoke(z.object({ taskId: Id.optional(), target: DistroTarget, proxy: ProxyInput, testUrl: GoproxyUrl.optional() }).strict(), TestProxyResult),
  'network.applyProxy': invoke(
    z
      .object({
        taskId: Id.optional(), target: DistroTarget,
        /** null removes the block (undo). */
        proxy: ProxyInput.nullable(),
        noProxy: z.array(NoProxyItem).max(64).optional(),
        apt: z.boolean(),
      })
      .strict(),
    ApplyProxyResult,
  ),
  'network.dnsCheck': invoke(z.object({ taskId: Id.optional(), target: DistroTarget, hosts: z.array(TestHost).min(1).max(8).optional() }).strict(), DnsCheckResult),
  'network.tlsCheck': invoke(
    z.object({ taskId: Id.optional(), target: DistroTarget, hosts: z.array(TestHostPort).min(1).max(8).optional(), proxy: ProxyInput.optional() }).strict(),
    TlsCheckResult,
  ),
  /**
   * Install a company / TLS-inspection root certificate into the distro's trust store (root, update-ca-certificates).
   * Main opens the file dialog and asks the person to trust what it read; the page sends no path and no bytes.
   */
  'network.importCa': invoke(z.object({ taskId: Id.optional(), target: DistroTarget }).strict(), ImportCaResult),
  'network.raceGoproxy': invoke(
    z
      .object({
        taskId: Id.optional(), target: DistroTarget,
        candidates: z.array(GoproxyUrl).min(1).max(8).optional(),
        probePath: z.string().max(301).refine((s) => normaliseProbePath(s) !== null).optional(),
        proxy: ProxyInput.optional(),
      })
      .strict(),
    RaceResult,
  ),
  'network.applyGoproxy': invoke(
    z
      .object({
        taskId: Id.optional(), target: DistroTarget,
        goproxy: GoproxyUrl,
        gosumdb: z.enum(['sum.golang.org', 'sum.golang.google.cn']),
        goprivate: z.string().max(1024).refine((s) => !('error' in normaliseGoprivate(s)), 'GOPRIVATE: comma-separated module path patterns').optional(),
        fixOverrides: z.boolean(),
      })
      .strict(),
    ApplyGoproxyResult,
  ),
  /** Put GOPROXY / GOSUMDB / GOPRIVATE back as they were before the wizard, and re-enable the init-file lines it commented out. */
  'network.undoGoproxy': invoke(z.object({ taskId: Id.optional(), target: DistroTarget }).strict(), UndoGoproxyResult),
  /** Remove the root certificates the wizard imported and the git insteadOf rewrites it set. */
  'network.undoExtras': invoke(z.object({ taskId: Id.optional(), target: DistroTarget }).strict(), UndoNetworkExtrasResult),
  'network.gitSetup': invoke(
    z
      .object({
        taskId: Id.optional(), target: DistroTarget,
        name: z.string().max(100).refine(validGitName).optional(),
        email: z.string().max(254).refine(validEmail).optional(),
        installIfMissing: z.boolean(),
        insteadOf: z.object({ base: z.string().refine(validUrlPrefix), prefix: z.string().refine(validUrlPrefix) }).strict().optional(),
      })
      .strict(),
    GitSetupResult,
  ),
  'network.sshKey': invoke(
    z.object({ taskId: Id.optional(), target: DistroTarget, generate: z.boolean(), comment: z.string().max(100).refine(validKeyComment).optional(), test: z.boolean(), service: z.enum(SSH_SERVICE_IDS).optional() }).strict(),
    SshKeyResult,
  ),
  'network.proveIt': invoke(z.object({ taskId: Id.optional(), target: DistroTarget, module: z.string().max(200).regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[A-Za-z0-9._~-]+)+$/).optional(), cgo: z.boolean() }).strict(), ProveItResult),
} as const;
