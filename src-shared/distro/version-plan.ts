import type { InstalledDistro } from './recommend';
import { isInternalDistro } from './releases';

/**
 * Getting to WSL 2: `wsl --set-default-version 2` only affects distros
 * installed later; every existing WSL 1 distro needs its own
 * `wsl --set-version NAME 2` (FIELD-NOTES: set-default-version does not
 * convert). The default goes first so a distro installed after this step is
 * WSL 2 from the start. Conversion copies the whole file system: it takes
 * minutes and needs free disk space about the size of the distro, so the plan
 * says which distros and the UI offers a backup (wsl --export) before it.
 */
export type V2Step = { readonly action: 'set-default-version'; readonly finding: 'DEFAULT_VERSION_1' | null } | { readonly action: 'set-version'; readonly name: string; readonly finding: 'DISTRO_IS_WSL1' };

export interface V2Plan {
  readonly steps: readonly V2Step[];
  /** Catalog ids that explain the steps. */
  readonly findings: readonly string[];
  /** Distros that are WSL 1 but busy (installing/converting): re-check later. */
  readonly skipped: readonly string[];
}

export function planV2(input: { readonly distros: readonly InstalledDistro[]; readonly defaultVersion: number | null; readonly only?: readonly string[] }): V2Plan {
  const steps: V2Step[] = [];
  const skipped: string[] = [];
  // Unknown default (old wsl --status output we could not read) is treated as "set it": the command is harmless when already 2.
  if (input.defaultVersion !== 2) steps.push({ action: 'set-default-version', finding: input.defaultVersion === 1 ? 'DEFAULT_VERSION_1' : null });
  for (const d of input.distros) {
    if (d.version !== 1 || isInternalDistro(d.name)) continue;
    if (input.only && !input.only.some((n) => n.toLowerCase() === d.name.toLowerCase())) continue;
    if (d.state !== null && /installing|uninstalling|converting/i.test(d.state)) skipped.push(d.name);
    else steps.push({ action: 'set-version', name: d.name, finding: 'DISTRO_IS_WSL1' });
  }
  const findings = [...new Set(steps.map((s) => s.finding).filter((f): f is NonNullable<typeof f> => f !== null))];
  return { steps, findings, skipped };
}
