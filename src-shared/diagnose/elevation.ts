import type { WindowsFacts } from '../contract/preflight';

/** What the person should know before the first administrator action, from the facts alone. */
export interface ElevationOutlook {
  /** False when no administrator action can start on this PC at all. */
  readonly possible: boolean;
  /** Catalog IDs to show before the first click, most important first. */
  readonly warnings: readonly ('ELEVATION_NO_ROUTE' | 'ELEVATION_STANDARD_USER')[];
  /** PowerShell is in ConstrainedLanguage (AppLocker/WDAC): elevation still works, but it is worth saying. */
  readonly constrained: boolean;
}

/**
 * The wizard elevates through two small PowerShell scripts that use only what
 * ConstrainedLanguage allows (src-main/host/elevation-scripts.ts), so
 * FullLanguage and ConstrainedLanguage both have a route. RestrictedLanguage
 * allows no assignments and NoLanguage no script at all (about_Language_Modes):
 * there, nothing the wizard can run asks for administrator rights.
 * A standard user (not in Administrators, S-1-5-32-544) gets a UAC prompt
 * that asks for an administrator's password: they must know before they click.
 * Unknown facts (null) warn about nothing: never guessed.
 */
export function elevationOutlook(w: Pick<WindowsFacts, 'isAdmin' | 'languageMode'> | null | undefined): ElevationOutlook {
  const mode = w?.languageMode ?? null;
  const noRoute = mode === 'RestrictedLanguage' || mode === 'NoLanguage';
  const warnings: ('ELEVATION_NO_ROUTE' | 'ELEVATION_STANDARD_USER')[] = [];
  if (noRoute) warnings.push('ELEVATION_NO_ROUTE');
  if (w?.isAdmin === false) warnings.push('ELEVATION_STANDARD_USER');
  return { possible: !noRoute, warnings, constrained: mode === 'ConstrainedLanguage' };
}
