import { createElement, lazy, Suspense, type ComponentType } from 'react';
import type { StepId } from '../store/steps';
import { PreflightPage } from './PreflightPage';

/**
 * Pages after the first are separate chunks (the renderer-size budget counts
 * only what the first page needs). Loading starts as soon as this module
 * runs, so by the time the user moves on the page is usually there and
 * renders synchronously (AppShell focuses its heading); until then a
 * Suspense boundary waits for it.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): ComponentType {
  let loaded: ComponentType | null = null;
  const promise = load().then((m) => (loaded = pick(m)));
  const Lazy = lazy(() => promise.then((C) => ({ default: C })));
  return function Page() {
    return loaded ? createElement(loaded) : createElement(Suspense, { fallback: null }, createElement(Lazy));
  };
}

/** One page per step; the Record type makes a missing page a compile error. */
export const PAGES: Record<StepId, ComponentType> = {
  preflight: PreflightPage,
  wsl: lazyPage(() => import('./WslPage'), (m) => m.WslPage),
  distro: lazyPage(() => import('./DistroPage'), (m) => m.DistroPage),
  go: lazyPage(() => import('./GoPage'), (m) => m.GoPage),
  network: lazyPage(() => import('./NetworkPage'), (m) => m.NetworkPage),
  verify: lazyPage(() => import('./VerifyPage'), (m) => m.VerifyPage),
  editor: lazyPage(() => import('./EditorPage'), (m) => m.EditorPage),
  finish: lazyPage(() => import('./FinishPage'), (m) => m.FinishPage),
};
