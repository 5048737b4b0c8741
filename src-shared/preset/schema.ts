import { z } from 'zod';
import { DistroName } from '../names';
import { normaliseGoprivate, normaliseGoproxyUrl } from '../network/goproxy';
import { parseProxyUrl } from '../network/proxy';
import { validEmail, validGitName } from '../network/git';
import { hint } from './hints';

/**
 * go-wsl-setup.preset/1: what a person would otherwise choose in the wizard,
 * written once by an admin or teacher (docs/preset.md). Every object is strict
 * so a misspelt key is refused by name instead of silently ignored. Each
 * choice is `{ value, locked? }`: a locked choice is shown but cannot be
 * changed. The name schemas come from src-shared/names (one per kind of name);
 * URLs and GOPRIVATE go through the same pure checks the network step uses.
 * docs/preset.schema.json is generated from this file (z.toJSONSchema).
 */

export const PRESET_FORMAT = 'go-wsl-setup.preset/1';
export const PRESET_FILE_NAME = 'go-wsl-setup.preset.json';

/** A choice the wizard would otherwise ask for; `locked` keeps it from being changed. */
function choice<T extends z.ZodType>(value: T) {
  return z.object({ value, locked: z.boolean().optional() }).strict();
}

const HttpUrl = z
  .string()
  .max(512)
  .refine((s) => normaliseGoproxyUrl(s) !== null, { error: hint('httpUrl') });

/** Distro: the WSL name and the store version the wizard installs (e.g. Ubuntu-24.04 / "24.04"). */
export const PresetDistro = z
  .object({
    name: DistroName,
    version: z.string().max(32).regex(/^[0-9]+(\.[0-9]+)*$/, { error: hint('distroVersion') }).optional(),
  })
  .strict();

/** Go: "latest" (the newest stable at run time) or one release such as go1.22.5. */
export const PresetGoVersion = z.union([
  z.literal('latest'),
  z.string().max(32).regex(/^go[0-9]+\.[0-9]+(\.[0-9]+)?$/, { error: hint('goVersion') }),
]);

/** GOPROXY/GOSUMDB/GOPRIVATE as the Go step would write them. */
export const PresetGoEnv = z
  .object({
    GOPROXY: z.array(HttpUrl).min(1).max(8).optional(),
    /** A checksum database name (optionally "name+key url"); never "off": we do not switch verification off. */
    GOSUMDB: z
      .string()
      .max(256)
      .regex(/^[A-Za-z0-9.-]+(\+[A-Za-z0-9+/=]+)?( https?:\/\/[A-Za-z0-9.:/-]+)?$/, { error: hint('gosumdb') })
      .refine((s) => s !== 'off', { error: hint('gosumdbOff') })
      .optional(),
    GOPRIVATE: z
      .string()
      .max(1024)
      .refine((s) => !('error' in normaliseGoprivate(s)), { error: hint('goprivate') })
      .optional(),
  })
  .strict();

/** The network proxy: none, the one Windows uses, or a URL (no credentials: those are secrets and stay out of files). */
export const PresetProxy = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }).strict(),
  z.object({ mode: z.literal('from-windows') }).strict(),
  z
    .object({
      mode: z.literal('url'),
      url: z
        .string()
        .max(512)
        .refine((s) => {
          const p = parseProxyUrl(s);
          return p !== null && p.username === undefined;
        }, { error: hint('proxyUrl') }),
      noProxy: z.array(z.string().max(253).regex(/^[A-Za-z0-9.:/*-]+$/)).max(64).optional(),
    })
    .strict(),
]);

const PEM_RE = /^-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\s*$/;

/** A company root CA: a Windows path to a .crt/.pem/.cer file, or the PEM itself. */
export const PresetCaCertificate = z.union([
  z.object({ path: z.string().min(3).max(260).regex(/^(?:[A-Za-z]:\\|\\\\)[^\u0000-\u001f<>"|?*]+$/, { error: hint('caPath') }) }).strict(),
  z.object({ pem: z.string().max(16384).regex(PEM_RE, { error: hint('caPem') }) }).strict(),
]);

/** git user.name / user.email: ask the user, set these values, or leave git's config alone. */
export const PresetGit = z.discriminatedUnion('policy', [
  z.object({ policy: z.literal('ask') }).strict(),
  z.object({ policy: z.literal('skip') }).strict(),
  z
    .object({
      policy: z.literal('set'),
      name: z.string().max(100).refine(validGitName, { error: hint('gitName') }),
      email: z.string().max(254).refine(validEmail, { error: hint('email') }),
    })
    .strict(),
  /** Ask, but only accept addresses in these domains (a company's policy). */
  z
    .object({
      policy: z.literal('ask-domain'),
      domains: z.array(z.string().max(253).regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, { error: hint('domain') })).min(1).max(16),
    })
    .strict(),
]);

/** INI-shaped options (wsl.conf in the distro, .wslconfig in the Windows profile): section -> key -> value. */
const IniKey = z.string().max(64).regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, { error: hint('iniKey') });
const IniValue = z.union([z.string().max(1024).regex(/^[^\r\n\u0000]*$/, { error: hint('iniValue') }), z.number(), z.boolean()]);
export const PresetIni = z.record(IniKey, z.record(IniKey, IniValue));

/**
 * The editor step's choices. The step is not built yet; the shape is reserved
 * so a preset written today keeps its meaning: which editor and which
 * extensions (marketplace IDs publisher.name).
 */
export const PresetEditor = z
  .object({
    editor: z.enum(['vscode', 'none']),
    extensions: z.array(z.string().max(128).regex(/^[A-Za-z0-9-]+\.[A-Za-z0-9-]+$/, { error: hint('extensionId') })).max(32).optional(),
  })
  .strict();

export const Preset = z
  .object({
    /** Lets editors find docs/preset.schema.json; not used by the wizard. */
    $schema: z.string().max(512).optional(),
    format: z.literal(PRESET_FORMAT),
    /** Free text for the admin (who wrote it, for which room). */
    description: z.string().max(512).optional(),
    distro: choice(PresetDistro).optional(),
    go: choice(PresetGoVersion).optional(),
    /** Go download mirrors, tried in this order (base URLs holding goX.Y.Z.linux-amd64.tar.gz). */
    mirrors: choice(z.array(HttpUrl).min(1).max(8)).optional(),
    goEnv: choice(PresetGoEnv).optional(),
    proxy: choice(PresetProxy).optional(),
    caCertificate: choice(PresetCaCertificate).optional(),
    git: choice(PresetGit).optional(),
    wslConf: choice(PresetIni).optional(),
    wslconfig: choice(PresetIni).optional(),
    editor: choice(PresetEditor).optional(),
  })
  .strict();
export type Preset = z.infer<typeof Preset>;

/** The choice keys in wizard order: the renderer and the save path iterate these. */
export const PRESET_CHOICES = ['distro', 'go', 'mirrors', 'goEnv', 'proxy', 'caCertificate', 'git', 'wslConf', 'wslconfig', 'editor'] as const;
export type PresetChoiceKey = (typeof PRESET_CHOICES)[number];
