import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import { createPrimaryStore, type PrimaryState } from './primary';
import { createDistroStore, type DistroState } from './distro';
import { createEditorStore, type EditorState } from './editor';
import { createGitSshStore, type GitSshState } from './git-ssh';
import { createGoStore, type GoState } from './go';
import { createNetworkStore, type NetworkState } from './network';
import { createPreflightStore, type PreflightState } from './preflight';
import { createSessionStore, type SessionState } from './session';
import { createStepsStore, type StepsState } from './steps';
import { createTerminalStore, type TerminalState } from './terminal';
import { createVerifyStore, type VerifyState } from './verify';

/**
 * One store per concern, created once per connection. They are vanilla
 * stores handed down by context (not module singletons) so tests can build
 * them around a fake Api and nothing leaks between runs.
 */
export interface Stores {
  api: Api;
  session: StoreApi<SessionState>;
  steps: StoreApi<StepsState>;
  preflight: StoreApi<PreflightState>;
  terminal: StoreApi<TerminalState>;
  distro: StoreApi<DistroState>;
  go: StoreApi<GoState>;
  network: StoreApi<NetworkState>;
  gitSsh: StoreApi<GitSshState>;
  verify: StoreApi<VerifyState>;
  editor: StoreApi<EditorState>;
  primary: StoreApi<PrimaryState>;
}

export function createStores(api: Api): Stores {
  return {
    api,
    session: createSessionStore(api),
    steps: createStepsStore(),
    preflight: createPreflightStore(api),
    terminal: createTerminalStore(api),
    distro: createDistroStore(api),
    go: createGoStore(api),
    network: createNetworkStore(api),
    gitSsh: createGitSshStore(api),
    verify: createVerifyStore(api),
    editor: createEditorStore(api),
    primary: createPrimaryStore(),
  };
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): Stores {
  const s = useContext(StoresContext);
  if (!s) throw new Error('useStores outside StoresProvider');
  return s;
}

export const useSession = <T,>(pick: (s: SessionState) => T): T => useStore(useStores().session, pick);
export const useSteps = <T,>(pick: (s: StepsState) => T): T => useStore(useStores().steps, pick);
export const usePreflight = <T,>(pick: (s: PreflightState) => T): T => useStore(useStores().preflight, pick);
export const useTerminal = <T,>(pick: (s: TerminalState) => T): T => useStore(useStores().terminal, pick);
export const useDistro = <T,>(pick: (s: DistroState) => T): T => useStore(useStores().distro, pick);
export const useGo = <T,>(pick: (s: GoState) => T): T => useStore(useStores().go, pick);
export const useNetwork = <T,>(pick: (s: NetworkState) => T): T => useStore(useStores().network, pick);
export const useVerify = <T,>(pick: (s: VerifyState) => T): T => useStore(useStores().verify, pick);
export const usePrimary = <T,>(pick: (s: PrimaryState) => T): T => useStore(useStores().primary, pick);
export const useEditor = <T,>(pick: (s: EditorState) => T): T => useStore(useStores().editor, pick);
