import { useCallback, useEffect, useState } from 'react';
import type { PresetInfo } from '../src-shared/contract/preset';
import { connectApi } from './api';
import { AppShell } from './components/AppShell';
import { ConnectionScreen } from './components/ConnectionScreen';
import { PresetContext } from './components/preset/preset-context';
import { prefillFromPreset } from './components/preset/prefill';
import { PresetRefused } from './components/preset/PresetRefused';
import { useTranslation } from 'react-i18next';
import { applyDocumentLang } from './i18n';
import { initialLang } from './i18n/language';
import { browserStorage } from './i18n/useLanguage';
import { createStores, StoresProvider, type Stores } from './store';

/**
 * Connects the typed Api (preload bridge or harness socket), reads the preset
 * main found at start, then hands the stores to the shell. An invalid preset
 * shows only its problems: the shell (and its automatic computer check) never starts.
 */
export function App() {
  const [stores, setStores] = useState<Stores | null>(null);
  const [preset, setPreset] = useState<PresetInfo>({ status: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { i18n } = useTranslation();

  useEffect(() => {
    let live = true;
    connectApi()
      .then(async (api) => {
        const info = await api.invoke('preset.get', {});
        const created = createStores(api);
        if (info.status === 'ok') prefillFromPreset(created, info.preset);
        if (info.status === 'invalid') {
          // The shell picks the language from the OS locale; this screen comes before it.
          const app = await api.invoke('app.info', {});
          const lang = initialLang(app.osLocale, browserStorage());
          await i18n.changeLanguage(lang);
          applyDocumentLang(lang);
        }
        if (!live) return;
        setPreset(info);
        setStores(created);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [attempt, i18n]);

  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  if (!stores) return <ConnectionScreen error={error} onRetry={retry} />;
  if (preset.status === 'invalid') return <PresetRefused info={preset} />;
  return (
    <StoresProvider stores={stores}>
      <PresetContext.Provider value={preset}>
        <AppShell />
      </PresetContext.Provider>
    </StoresProvider>
  );
}
