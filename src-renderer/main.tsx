// First: must run before any zod schema is built (see the module).
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { applyDocumentLang, createI18n } from './i18n';
import { initialLang } from './i18n/language';
import { browserStorage } from './i18n/useLanguage';
import './styles/index.css';

// Until main reports the OS locale (app.info), the browser's own language is
// the best guess for the "connecting" screen; AppShell settles it afterwards.
const lang = initialLang(navigator.language, browserStorage());
const i18n = createI18n(lang);
applyDocumentLang(lang);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
