import { useCallback, useEffect, useState } from 'react';
import { connectApi } from './api';
import { AppShell } from './components/AppShell';
import { ConnectionScreen } from './components/ConnectionScreen';
import { createStores, StoresProvider, type Stores } from './store';

/** Connects the typed Api (preload bridge or harness socket), then hands the stores to the shell. */
export function App() {
  const [stores, setStores] = useState<Stores | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    connectApi().then(
      (api) => live && setStores(createStores(api)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  if (!stores) return <ConnectionScreen error={error} onRetry={retry} />;
  return (
    <StoresProvider stores={stores}>
      <AppShell />
    </StoresProvider>
  );
}
