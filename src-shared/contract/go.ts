import { z } from 'zod';
import { DistroName, LinuxUser } from '../names';
import { Id, invoke, LIMITS } from './define';

/**
 * The Go step: which Go, from which mirror, what old installs are in the way,
 * install (a long task: progress arrives as task.progress under taskId, cancel
 * with task.cancel), PATH proof in fresh shells, and uninstall.
 */

/** Which distro and whose shells. The user's home is never sent: the scripts read it from the distro's passwd (getent). */
export const GoDistroTarget = z.object({ name: DistroName, user: LinuxUser }).strict();
export type GoDistroTarget = z.infer<typeof GoDistroTarget>;

export const GoVersionText = z.string().max(32).regex(/^go[0-9]+(\.[0-9]+)*([a-z]+[0-9]+)?$/, 'a Go version like go1.22.0');
export const GoArch = z.string().max(16).regex(/^[a-z0-9]+$/);

export const GoReleaseInfo = z.object({
  version: z.string(),
  stable: z.boolean(),
  filename: z.string(),
  sha256: z.string(),
  size: z.number().int().nonnegative(),
});
export type GoReleaseInfo = z.infer<typeof GoReleaseInfo>;

export const GoReleasesResult = z.object({
  releases: z.array(GoReleaseInfo),
  /** The default choice. */
  latestStable: z.string().nullable(),
  /** The release list that answered (always HTTPS in the product). */
  source: z.string(),
});

export const MirrorProbeInfo = z.object({
  id: z.string(),
  url: z.string(),
  ok: z.boolean(),
  latencyMs: z.number().nullable(),
  throughputBps: z.number().nullable(),
  error: z.string().nullable(),
});

export const MirrorProbeResult = z.object({
  probes: z.array(MirrorProbeInfo),
  /** Mirror ids, best first; failed ones last (still tried as a last resort). */
  ranking: z.array(z.string()),
  chosen: z.string().nullable(),
  decidedInMs: z.number(),
});

export const CleanKind = z.enum(['apt', 'snap', 'usr-local', 'gvm', 'goenv', 'gopath', 'goroot-exports']);

export const OldInstallFindingSchema = z.object({
  kind: z.string(),
  path: z.string(),
  version: z.string().nullable(),
  detail: z.string(),
  cleanKind: CleanKind.nullable(),
  needsExplicitConfirm: z.boolean(),
  catalogId: z.string(),
  line: z.number().int().nullable(),
});

export const GoDetectResult = z.object({
  /** `uname -m` inside the distro, and the Go arch it maps to (null: no Go archive for it). */
  machine: z.string().nullable(),
  goarch: z.string().nullable(),
  findings: z.array(OldInstallFindingSchema),
});

export const GoInstallRequest = z
  .object({
    taskId: Id,
    distro: GoDistroTarget,
    /** Absent: the latest stable release. */
    version: GoVersionText.optional(),
    /** Old installs the user agreed to remove before installing. */
    clean: z.array(CleanKind).max(8).default([]),
    /** A second, explicit yes for deleting ~/go. */
    confirmGopath: z.boolean().default(false),
  })
  .strict();

export const GoInstallResult = z.object({
  version: z.string(),
  goroot: z.literal('/usr/local/go'),
  sha256: z.string(),
  mirror: z.string(),
  /** Mirrors tried before the one that delivered, with why they failed. */
  failedMirrors: z.array(z.object({ id: z.string(), error: z.string() })),
  resumed: z.boolean(),
  bytes: z.number().int().nonnegative(),
  removed: z.array(z.string()),
  files: z.array(z.object({ path: z.string(), state: z.string() })),
  durationMs: z.number(),
});

export const ShellCheckSchema = z.object({
  shell: z.string(),
  exitCode: z.number().int(),
  goPath: z.string().nullable(),
  version: z.string().nullable(),
  goroot: z.string().nullable(),
  gobinOnPath: z.boolean(),
  hello: z.object({ exitCode: z.number().int(), output: z.string() }).nullable(),
  ok: z.boolean(),
  findings: z.array(z.string()),
});

export const GoVerifyShellsResult = z.object({
  shells: z.array(ShellCheckSchema),
  /** sudo resets PATH to secure_path; when it lacks /usr/local/go/bin, `sudo go` fails (SUDO_SECURE_PATH). */
  sudo: z.object({ securePath: z.string().nullable(), hasGo: z.boolean() }).nullable(),
  ok: z.boolean(),
});

export const GoUninstallResult = z.object({
  removed: z.array(z.object({ what: z.string(), path: z.string() })),
  kept: z.array(z.object({ what: z.string(), path: z.string(), why: z.string() })),
});

export const goInvoke = {
  'go.releases': invoke(z.object({ arch: GoArch.default('amd64'), includeUnstable: z.boolean().default(false) }).strict(), GoReleasesResult),
  'go.probeMirrors': invoke(z.object({ version: GoVersionText.optional(), arch: GoArch.default('amd64') }).strict(), MirrorProbeResult),
  'go.detectOld': invoke(z.object({ distro: GoDistroTarget }).strict(), GoDetectResult),
  'go.install': invoke(GoInstallRequest, GoInstallResult),
  'go.verifyShells': invoke(
    z.object({ distro: GoDistroTarget, hello: z.boolean().default(true), expectedVersion: GoVersionText.optional() }).strict(),
    GoVerifyShellsResult,
  ),
  'go.uninstall': invoke(z.object({ distro: GoDistroTarget }).strict(), GoUninstallResult),
} as const;
