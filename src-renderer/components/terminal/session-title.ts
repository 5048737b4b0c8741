import type { TFunction } from 'i18next';
import type { TerminalSession } from '../../store/terminal';

/**
 * A tab's name in the user's language. Main names a run by its id
 * ('go.detect', 'network.testProxy') and keeps English words as a fallback
 * for an id that has no translation yet (a shell's own title, a new command).
 * The ids hold dots, so they are looked up whole (keySeparator: false). The
 * run's key is also the i18next context: a variant with words of its own
 * ('wsl.install_web-download') is named apart, any other key falls back to the id.
 */
export function sessionTitle(t: TFunction, s: Pick<TerminalSession, 'title' | 'titleId' | 'titleArgs'>): string {
  if (s.titleId === undefined) return s.title;
  const key = s.titleArgs?.key;
  return t(s.titleId, { ns: 'terminalTitles', keySeparator: false, defaultValue: s.title, replace: s.titleArgs ?? {}, ...(key ? { context: key } : {}) });
}
