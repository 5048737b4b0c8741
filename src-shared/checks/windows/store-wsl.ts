/**
 * Whether this Windows can run the Store WSL (the package from the Microsoft
 * Store or its MSI on GitHub). Windows 10 needs KB5020030 (builds 19042-19045,
 * update revision 2311 or later), Windows 11 21H2 KB5019157 (22000.1281);
 * later Windows 11 always can. Before that the package installs and then
 * refuses to start ("does not support the packaged version"; microsoft/WSL#9157,
 * #9319). null: the build is not known.
 */
export function storeWslSupported(build: number | null, ubr: number | null): boolean | null {
  if (build === null) return null;
  if (build > 22000) return true;
  if (build === 22000) return ubr === null ? null : ubr >= 1281;
  if (build >= 19042 && build <= 19045) return ubr === null ? null : ubr >= 2311;
  return false;
}
