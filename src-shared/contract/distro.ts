import { z } from 'zod';
import { checkPassword, PASSWORD_MAX } from '../distro';
import { DistroName, NewLinuxUser } from '../names';
import { Id, invoke, LIMITS } from './define';

/**
 * The Distro step: choose, install, first user, WSL 2, wsl.conf/.wslconfig.
 *
 * Safety rules the shapes encode:
 *  - a distro name is a plain token (it becomes a wsl.exe argument);
 *  - the user name is validated here by the same rules the distro enforces;
 *  - the password is a string field that travels only to the create-user
 *    script's stdin. The dispatcher never echoes payload values in errors,
 *    and nothing in main logs this field;
 *  - applying a config change names the exact bytes it was previewed on
 *    (hashes), so what was shown is what gets written, or CONFLICT;
 *  - unregister, a WSL shutdown and the backup's folder are decided by main:
 *    the page asks for the action, main asks the person in its own dialog
 *    (with the distro's name, and whether a backup is made) and exports to a
 *    folder it chose. No field here says "confirmed" or names a path.
 */
// The distro name schema is shared with the network step (a plain token: it becomes a wsl.exe argument).

/** A user the wizard creates (src-shared/names: the one user-name schema, plus adduser's default rules). */
export const LinuxUsername = NewLinuxUser;

/** Bounded in code units first so a hostile megabyte string is refused before any per-character work. */
export const LinuxPassword = z
  .string()
  .min(1)
  .max(PASSWORD_MAX * 2)
  .refine((s) => checkPassword(s).ok, 'password: one line, no control characters, at most 256 characters');

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const Reason = z.object({ key: z.string().max(LIMITS.shortText), params: z.record(z.string(), z.union([z.string().max(LIMITS.text), z.number()])) });

const Release = z.object({
  name: z.string(),
  family: z.literal('ubuntu'),
  version: z.string(),
  codename: z.string(),
  glibc: z.string(),
  released: z.string(),
  standardSupportUntil: z.string(),
  proSupportUntil: z.string(),
});

export const DistroOption = z.object({
  action: z.enum(['reuse', 'install']),
  name: z.string(),
  release: Release.nullable(),
  needsV2: z.boolean(),
  reasons: z.array(Reason),
});

export const InstalledDistroRow = z.object({ name: z.string(), state: z.string().nullable(), version: z.number().int().nullable(), isDefault: z.boolean().nullable() });
export const OnlineDistroRow = z.object({ name: z.string(), friendlyName: z.string().nullable() });

export const DistroList = z.object({
  /** null when `wsl -l -v` gave nothing we could read. */
  installed: z.array(InstalledDistroRow).nullable(),
  /** null when `wsl --list --online` failed (offline, blocked). */
  online: z.array(OnlineDistroRow).nullable(),
  defaultVersion: z.number().int().nullable(),
  findings: z.array(z.string()),
});

export const DistroRecommendation = z.object({
  choice: DistroOption,
  alternatives: z.array(DistroOption),
  notes: z.array(Reason),
  list: DistroList,
});

const Attempt = z.object({ method: z.enum(['store', 'web', 'bundle']), exitCode: z.number().int().nullable(), timedOut: z.boolean(), findings: z.array(z.string()) });

export const InstallResult = z.object({
  outcome: z.enum(['installed', 'exists', 'failed', 'cancelled']),
  attempts: z.array(Attempt),
  /** The distro as `wsl -l -v` shows it after the attempt (re-detected, not assumed). */
  distro: InstalledDistroRow.nullable(),
});

export const CreateUserResult = z.object({
  status: z.enum(['created', 'exists']),
  username: z.string(),
  /** The default-user change to preview next (wsl.conf [user] default=). */
  next: z.literal('preview-default-user'),
});

export const V2StepSchema = z.union([
  z.object({ action: z.literal('set-default-version'), finding: z.literal('DEFAULT_VERSION_1').nullable() }),
  z.object({ action: z.literal('set-version'), name: z.string(), finding: z.literal('DISTRO_IS_WSL1') }),
]);

export const EnsureV2Result = z.object({
  steps: z.array(z.object({ step: V2StepSchema, ok: z.boolean(), exitCode: z.number().int().nullable(), findings: z.array(z.string()) })),
  skipped: z.array(z.string()),
  list: DistroList,
});

export const WslConfChoicesSchema = z
  .object({ systemd: z.boolean(), automountMetadata: z.boolean(), dns: z.enum(['wsl', 'manual']), appendWindowsPath: z.enum(['keep', 'off']) })
  .strict();
export const WslConfigChoicesSchema = z.object({ mirrored: z.boolean(), dnsTunneling: z.boolean(), autoProxy: z.boolean() }).strict();

/** What to change: the distro's /etc/wsl.conf (settings or default user) or the Windows %UserProfile%\.wslconfig. */
export const ConfigTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('wslconf'), distro: DistroName, choices: WslConfChoicesSchema, takeOver: z.array(z.string().max(64)).max(16).optional() }).strict(),
  z.object({ kind: z.literal('wslconf-user'), distro: DistroName, username: LinuxUsername }).strict(),
  z.object({ kind: z.literal('wslconfig'), choices: WslConfigChoicesSchema, takeOver: z.array(z.string().max(64)).max(16).optional() }).strict(),
]);
export type ConfigTarget = z.infer<typeof ConfigTarget>;

const DiffLineSchema = z.object({
  op: z.enum(['context', 'add', 'remove']),
  text: z.string(),
  eol: z.enum(['\r\n', '\n', '\r', '']),
  oldLine: z.number().int().nullable(),
  newLine: z.number().int().nullable(),
});
export const DiffSchema = z.object({
  identical: z.boolean(),
  added: z.number().int(),
  removed: z.number().int(),
  hunks: z.array(z.object({ oldStart: z.number().int(), oldCount: z.number().int(), newStart: z.number().int(), newCount: z.number().int(), lines: z.array(DiffLineSchema) })),
});

const SettingStateSchema = z.object({
  setting: z.object({ section: z.string(), key: z.string(), value: z.string() }),
  state: z.enum(['written', 'satisfied', 'conflict', 'taken-over']),
  line: z.number().int().nullable(),
  current: z.string().nullable(),
});

export const ConfigPreview = z.object({
  /** Where the file is, for display: /etc/wsl.conf in NAME, or the .wslconfig path. */
  file: z.string(),
  beforeSha256: Sha256.nullable(),
  afterSha256: Sha256.nullable(),
  changed: z.boolean(),
  diff: DiffSchema,
  settings: z.array(SettingStateSchema),
  advice: z.array(Reason),
  /** What must restart for the change to take effect; the UI asks before doing it. */
  restart: z.object({ mode: z.enum(['terminate', 'shutdown']), distro: z.string().nullable() }),
  /** Set when we will not edit this file (not UTF-8, our markers damaged): the reason as an i18n key. */
  refused: Reason.nullable(),
});

export const RestartRequest = z.object({ restartNow: z.boolean() });

export const distroInvoke = {
  'distro.list': invoke(z.object({}).strict(), DistroList),
  'distro.recommend': invoke(z.object({}).strict(), DistroRecommendation),
  'distro.install': invoke(z.object({ taskId: Id.optional(), name: DistroName, webDownload: z.boolean().optional() }).strict(), InstallResult),
  'distro.createUser': invoke(z.object({ distro: DistroName, username: LinuxUsername, password: LinuxPassword }).strict(), CreateUserResult),
  'distro.ensureV2': invoke(z.object({ taskId: Id.optional(), only: z.array(DistroName).max(32).optional() }).strict(), EnsureV2Result),
  'distro.previewConfig': invoke(z.object({ target: ConfigTarget }).strict(), ConfigPreview),
  'distro.applyConfig': invoke(
    z.object({ target: ConfigTarget, expectedBeforeSha256: Sha256.nullable(), expectedAfterSha256: Sha256.nullable(), restartNow: z.boolean() }).strict(),
    z.object({
      changed: z.boolean(),
      undoId: Id.nullable(),
      restarted: z.boolean(),
      /** The restart was a WSL shutdown and the person said no in main's dialog: the change is written, WSL still runs. */
      restartDeclined: z.boolean(),
      restart: z.object({ mode: z.enum(['terminate', 'shutdown']), distro: z.string().nullable() }),
    }),
  ),
  'distro.undoConfig': invoke(z.object({ undoId: Id, restartNow: z.boolean() }).strict(), z.object({ undone: z.boolean(), restarted: z.boolean(), restartDeclined: z.boolean() })),
  'distro.changes': invoke(
    z.object({}).strict(),
    z.object({ changes: z.array(z.object({ id: Id, label: z.string(), file: z.string(), state: z.string(), createdAt: z.string() })) }),
  ),
  /** terminate: one distro; shutdown: every distro, only after the person's yes in main's dialog. */
  'distro.restart': invoke(z.object({ mode: z.enum(['terminate', 'shutdown']), distro: DistroName.optional() }).strict(), z.object({ ok: z.boolean(), declined: z.boolean() })),
  /** The backup goes to the folder main chose (Documents\go-wsl-setup-backups); the answer says where. */
  'distro.exportBackup': invoke(z.object({ taskId: Id.optional(), distro: DistroName }).strict(), z.object({ path: z.string(), ok: z.boolean(), findings: z.array(z.string()) })),
  /** Delete a distro: main asks the person (name, backup or not) before anything; declined changes nothing. */
  'distro.unregister': invoke(
    z.object({ distro: DistroName, backup: z.union([z.object({}).strict(), z.object({ skip: z.literal(true) }).strict()]) }).strict(),
    z.object({ unregistered: z.boolean(), declined: z.boolean(), backupPath: z.string().nullable(), findings: z.array(z.string()) }),
  ),
} as const;
