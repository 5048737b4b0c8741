import { createContext, useContext } from 'react';
import type { PresetInfo } from '../../../src-shared/contract/preset';

/** The preset main read at start (preset.get), read once when the app connects. */
export const PresetContext = createContext<PresetInfo>({ status: 'none' });

export function usePreset(): PresetInfo {
  return useContext(PresetContext);
}

/** Whether the preset locks this choice (the page shows a lock; main refuses the change anyway). */
export function useLocked(key: 'distro' | 'go' | 'mirrors' | 'goEnv' | 'proxy' | 'caCertificate' | 'git' | 'wslConf' | 'wslconfig' | 'editor'): boolean {
  const p = usePreset();
  return p.status === 'ok' && p.locked.includes(key);
}
