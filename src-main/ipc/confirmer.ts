import type { Lang } from '../../src-shared/contract/define';
import type { Confirmation } from '../../src-shared/confirm';

/** A file the person picked in main's own file dialog (the renderer never names a path or sends the bytes). */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Who answers the questions only a person may answer (see src-shared/confirm).
 * Electron: a native dialog on the app's window (app/electron-confirmer.ts). The
 * harness: answers a test sets, or the demo's (harness/harness-confirmer.ts).
 * The renderer has no way to reach it: it is called by main's handlers, with
 * the parameters main is about to act on.
 */
export interface Confirmer {
  /** true only when the person chose the accepting button for exactly this question. */
  confirm(question: Confirmation): Promise<boolean>;
  /** The root certificate file the person picked; null when they cancelled. */
  pickCertificate(): Promise<PickedFile | null>;
  /** The app's current language, which the dialogs use (settings.setLanguage). */
  setLanguage(lang: Lang): void;
}

/** Refuses everything: what a runtime without a confirmer gets, so a missing hook fails closed. */
export const REFUSE_ALL: Confirmer = {
  confirm: async () => false,
  pickCertificate: async () => null,
  setLanguage: () => undefined,
};

/** 12 KiB is far above any single certificate; a bigger file is not what IT sends. */
export const MAX_CERTIFICATE_FILE = 12 * 1024;

/** The main process's first language: a saved choice, else the OS locale (zh* -> zh-CN). */
export function langFrom(saved: unknown, osLocale: string): Lang {
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return /^zh(?:[-_]|$)/i.test(osLocale.trim()) ? 'zh-CN' : 'en';
}
