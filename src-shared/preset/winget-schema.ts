import { z } from 'zod';

/**
 * The rules of a winget configuration file, configurationVersion 0.2.0,
 * written as zod from winget-cli's own JSON Schema:
 * microsoft/winget-cli schemas/JSON/configuration/configuration.schema.0.2.json
 * ($id https://aka.ms/schemas/dsc/configuration.schema.0.2.json, read at
 * commit 1b282d1b3d891e2904a4f19fb39fa804ab3cfab3). Tests validate every
 * `preset winget` output against it. Where the source allows more (extra
 * keys: it sets no additionalProperties:false except where noted) this
 * schema allows more too; it is the source's rules, not ours.
 */

/** The source's pattern for configurationVersion: semantic versioning 2.0.0. */
const SEMVER_RE =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** $defs.resource: "resource" required (max 128, "module/resource" allowed). */
export const WingetResource = z.looseObject({
  resource: z.string().max(128),
  id: z.string().max(128).optional(),
  dependsOn: z
    .array(z.string())
    .refine((a) => new Set(a).size === a.length, 'dependsOn: uniqueItems')
    .nullable()
    .optional(),
  directives: z
    .looseObject({
      module: z.string().max(128).optional(),
      description: z.string().max(512).optional(),
      allowPrerelease: z.boolean().optional(),
    })
    .optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});
export type WingetResource = z.infer<typeof WingetResource>;

export const WingetConfiguration = z.looseObject({
  properties: z
    .looseObject({
      assertions: z.array(WingetResource).optional(),
      resources: z.array(WingetResource).optional(),
      parameters: z.array(WingetResource).optional(),
      configurationVersion: z.string().max(128).regex(SEMVER_RE),
    })
    .optional(),
});
export type WingetConfiguration = z.infer<typeof WingetConfiguration>;

/**
 * Two checks the JSON Schema cannot express but a file needs to make sense:
 * ids unique, and every dependsOn naming an id in the same file (a
 * dependency on nothing can never be satisfied).
 */
export function wingetProblems(c: WingetConfiguration): string[] {
  const all = [...(c.properties?.assertions ?? []), ...(c.properties?.resources ?? [])];
  const ids = all.map((r) => r.id).filter((id): id is string => id !== undefined);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`duplicate id ${id}`);
    seen.add(id);
  }
  for (const r of all) for (const d of r.dependsOn ?? []) if (!seen.has(d)) problems.push(`${r.id ?? r.resource} depends on unknown id ${d}`);
  return problems;
}
