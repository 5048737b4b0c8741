import { z } from 'zod';
import { BUNDLE_ROLES } from '../bundle/manifest';
import { Empty, invoke } from './define';

/**
 * The offline bundle (docs/bundle.md). The page asks where a bundle is and
 * whether its files are intact; main finds and verifies it itself (the page
 * never sends a path). When a file is missing or damaged, the page asks the
 * person, and `bundle.allowNetwork` tells main which parts may be downloaded
 * instead; main applies it only to those parts.
 */
export const BundleRoleSchema = z.enum(BUNDLE_ROLES);

export const BundleFileStatus = z.object({
  role: BundleRoleSchema,
  file: z.string(),
  ok: z.boolean(),
  problem: z.enum(['missing', 'not-a-file', 'size', 'sha256']).nullable(),
  detail: z.string().nullable(),
});

export const BundleStatusResult = z.object({
  found: z
    .object({
      dir: z.string(),
      place: z.enum(['argument', 'next-to-app', 'drive']),
      ok: z.boolean(),
      /** The manifest itself is unreadable or refused (BUNDLE_MANIFEST_INVALID): JSON path + reason. */
      manifestProblems: z.array(z.object({ path: z.string(), message: z.string() })),
      files: z.array(BundleFileStatus),
      go: z.object({ version: z.string(), arch: z.string() }).nullable(),
      distro: z.object({ name: z.string(), friendlyName: z.string() }).nullable(),
      wslMsi: z.object({ version: z.string() }).nullable(),
    })
    .nullable(),
  /** Parts the person agreed to download instead. */
  networkAllowed: z.array(BundleRoleSchema),
});
export type BundleStatusResult = z.infer<typeof BundleStatusResult>;

export const bundleInvoke = {
  'bundle.status': invoke(Empty, BundleStatusResult),
  'bundle.allowNetwork': invoke(z.object({ roles: z.array(BundleRoleSchema).min(1).max(BUNDLE_ROLES.length) }).strict(), z.object({ networkAllowed: z.array(BundleRoleSchema) })),
};
