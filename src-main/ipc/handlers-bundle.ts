import { ApiError } from '../../src-shared/contract';
import type { InvokeHandlers } from './dispatcher';
import type { Runtime } from './runtime';

/**
 * The offline bundle's channels. Main found the bundle itself (--bundle DIR,
 * next to the app, a drive root) and verifies it on every status call; the
 * page only learns what is there and passes on the person's yes to download
 * the parts whose files are missing or damaged.
 */
export function createBundleHandlers(runtime: Runtime) {
  return {
    'bundle.status': () => runtime.bundle?.report() ?? { found: null, networkAllowed: [] },
    'bundle.allowNetwork': ({ roles }) => {
      if (!runtime.bundle) throw new ApiError('NOT_FOUND', 'no offline bundle in this session');
      return { networkAllowed: runtime.bundle.allowNetwork(roles) };
    },
  } satisfies Partial<InvokeHandlers>;
}
