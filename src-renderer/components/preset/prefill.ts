import type { Preset } from '../../../src-shared/preset/schema';
import type { Stores } from '../../store';

/**
 * A good preset fills in the steps' choices before the pages load: the Go
 * release and the distro. (GOPROXY candidates and the rest are read by main
 * from the preset itself.) Locked or not, the page starts from the preset.
 */
export function prefillFromPreset(stores: Stores, preset: Preset): void {
  const go = preset.go?.value;
  if (go && go !== 'latest') stores.go.getState().setVersion(go);
  const distro = preset.distro?.value.name;
  if (distro) stores.distro.getState().select(distro);
}
