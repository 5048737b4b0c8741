import type { GoDistroTarget } from '../../../src-shared/contract';

/**
 * Script arguments that say whose home to work in: only the user. The scripts
 * read that user's home from the distro's own passwd (getent), so no path from
 * the renderer ever reaches a root script (which removes "$home/go" trees).
 */
export function distroArgs(t: GoDistroTarget): string[] {
  return ['--user', t.user];
}
