import type { TFunction } from 'i18next';
import type { TerminalSession } from '../../store/terminal';

/**
 * A tab's name in the user's language. Main names a run by its id
 * ('go.detect', 'network.testProxy') and keeps English words as a fallback
 * for an id that has no translation yet (a shell's own title, a new command).
 * The ids hold dots, so they are looked up whole (keySeparator: false).
 */
export function sessionTitle(t: TFunction, s: Pick<TerminalSession, 'title' | 'titleId' | 'titleArgs'>): string {
  if (s.titleId === undefined) return s.title;
  return t(s.titleId, { ns: 'terminalTitles', keySeparator: false, defaultValue: s.title, replace: s.titleArgs ?? {} });
}
