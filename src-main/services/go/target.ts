import type { GoDistroTarget } from '../../../src-shared/contract';

/** Script arguments that say whose home to work in: the given home, else the user's from passwd. */
export function distroArgs(t: GoDistroTarget): string[] {
  return t.home ? ['--home', t.home, '--user', t.user] : ['--user', t.user];
}
