import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDocumentLang } from '../i18n';
import { initialLang } from '../i18n/language';
import { browserStorage } from '../i18n/useLanguage';
import { PAGES } from '../pages';
import { useResumeOnStart } from '../pages/wsl/useResumeOnStart';
import { useSession, useSteps, useStores } from '../store';
import { AppHeader } from './AppHeader';
import { ConnectionScreen } from './ConnectionScreen';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { PresetBanner } from './preset/PresetBanner';
import { StepFooter } from './StepFooter';
import { StepNav } from './StepNav';
import { TerminalPanel } from './TerminalPanel';

/** The frame around every step: header, banner, step list, the current page, the Terminal, Back/Next. */
export function AppShell() {
  const stores = useStores();
  const { i18n } = useTranslation();
  const info = useSession((s) => s.info);
  const error = useSession((s) => s.error);
  const current = useSteps((s) => s.current);
  const mainRef = useRef<HTMLElement>(null);

  // On a step change (not at start-up, which would skip the header controls),
  // focus the new page's heading so keyboard and screen reader users land there.
  const shownStep = useRef(current);
  useEffect(() => {
    if (shownStep.current === current) return;
    shownStep.current = current;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    mainRef.current?.scrollTo({ top: 0 });
  }, [current]);

  useEffect(() => {
    void stores.session.getState().load();
  }, [stores]);
  // After a restart the app opens at the step it was on (the state says only where).
  useResumeOnStart();

  // Once the OS locale is known it decides the language, unless the user already chose one.
  // Then the computer check starts by itself: it only reads, so there is nothing to confirm.
  const osLocale = info?.osLocale;
  useEffect(() => {
    if (osLocale === undefined) return;
    const lang = initialLang(osLocale, browserStorage());
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    applyDocumentLang(lang);
    if (stores.preflight.getState().phase === 'idle') void stores.preflight.getState().run();
  }, [osLocale, i18n, stores]);

  if (error !== null && info === null) {
    return <ConnectionScreen error={error} onRetry={() => void stores.session.getState().load()} />;
  }
  if (info === null) return <ConnectionScreen error={null} onRetry={() => undefined} />;

  const Page = PAGES[current];
  return (
    <div className="app">
      <AppHeader />
      <ReadOnlyBanner />
      <PresetBanner />
      <div className="app__body">
        <StepNav />
        <div className="app__column">
          <main className="app__main" id="main" ref={mainRef}>
            <Page />
          </main>
          {/* Support mode's terminal tail sits here, in the flow: it never covers the page or the footer. */}
          <div id="support-tail-slot" />
          {/* One Terminal for the whole journey, docked under every page: sessions and their
              output stay while the user moves between steps. */}
          <div className="app__dock">
            <TerminalPanel />
          </div>
          <StepFooter />
        </div>
      </div>
    </div>
  );
}
