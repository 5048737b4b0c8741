import type { Mirror } from '../../../src-shared/go/mirrors';
import type { Preset } from '../../../src-shared/preset/schema';

/** The preset's Go mirrors as the Go service takes them, in the preset's order (ids from their host, unique by position). */
export function presetMirrors(preset: Preset): Mirror[] | undefined {
  return preset.mirrors?.value.map((url, i) => ({ id: `preset-${i + 1}-${new URL(url).host}`, base: url.endsWith('/') ? url : `${url}/` }));
}
