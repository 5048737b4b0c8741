import type { StoreApi } from 'zustand/vanilla';
import type { DistroTargetChoice } from '../../store/distro';
import type { GitSshState } from '../../store/git-ssh';

/** What every part of the Git and SSH section gets: where to act, and the store that acts. */
export interface GitSshProps {
  readonly target: DistroTargetChoice;
  readonly store: StoreApi<GitSshState>;
}
