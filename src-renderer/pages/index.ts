import type { ComponentType } from 'react';
import type { StepId } from '../store/steps';
import { DistroPage } from './DistroPage';
import { FinishPage } from './FinishPage';
import { GoPage } from './GoPage';
import { NetworkPage } from './NetworkPage';
import { PreflightPage } from './PreflightPage';
import { VerifyPage } from './VerifyPage';
import { WslPage } from './WslPage';

/** One page per step; the Record type makes a missing page a compile error. */
export const PAGES: Record<StepId, ComponentType> = {
  preflight: PreflightPage,
  wsl: WslPage,
  distro: DistroPage,
  go: GoPage,
  network: NetworkPage,
  verify: VerifyPage,
  finish: FinishPage,
};
