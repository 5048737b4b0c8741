import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../src-shared/contract/client';
import { isApiError } from '../../src-shared/contract/errors';
import { messageOf } from './errors';

export interface TerminalSession {
  sessionId: string;
  kind: 'pty' | 'captured';
  /** Main's own words (a command line or English): shown when there is no translation for titleId. */
  title: string;
  /** What ran ('go.detect', 'network.testProxy'): the tab's name in the user's language, and the tab a rerun reuses. */
  titleId?: string;
  titleArgs?: Record<string, string>;
  /** null while running; the exit code (or null code with a signal) once it ended; answer: the command declared this exit a normal answer. */
  exit: { exitCode: number | null; signal: string | null; answer?: boolean } | null;
}

/** The tab a session belongs to: one per command and its values, so a rerun lands in the same tab. */
export function tabKey(s: Pick<TerminalSession, 'kind' | 'title' | 'titleId' | 'titleArgs'>): string {
  return `${s.kind}:${s.titleId ?? s.title}:${JSON.stringify(s.titleArgs ?? {})}`;
}

export interface TerminalState {
  sessions: TerminalSession[];
  /** The session the panel shows: the newest one, or the one the user opened. */
  activeId: string | null;
  opening: boolean;
  error: string | null;
  /** The host has no live shell (replay): shown as an explanation, not an error. */
  unsupported: boolean;
  /** The dock shows the sessions' output; otherwise only its one-line status. The user's choice, or opened by a failure. */
  expanded: boolean;
  setExpanded(expanded: boolean): void;
  openShell(): Promise<void>;
  /** Show another session (a tab). */
  select(sessionId: string): void;
  close(sessionId: string): Promise<void>;
  /** Follow the app's terminal events; returns the unsubscribe function. */
  listen(): () => void;
}

/** Bound the list so a long session of many short commands does not grow without limit. */
const MAX_SESSIONS = 50;

export function createTerminalStore(api: Api): StoreApi<TerminalState> {
  return createStore<TerminalState>()((set, get) => {
    const upsert = (s: Omit<TerminalSession, 'exit'>) => {
      // A rerun of a finished command replaces its tab rather than adding one more of the same name.
      const rest = get().sessions.filter((x) => x.sessionId !== s.sessionId && !(tabKey(x) === tabKey(s) && x.exit !== null));
      const sessions = [...rest, { ...s, exit: null }].slice(-MAX_SESSIONS);
      // Follow new commands live, but never pull the view away from a shell the user is typing in.
      const current = get().sessions.find((x) => x.sessionId === get().activeId);
      const userIsTyping = current !== undefined && current.kind === 'pty' && current.exit === null && s.kind === 'captured';
      set({ sessions, activeId: userIsTyping ? current.sessionId : s.sessionId });
    };
    /** The live shell the user is looking at, if any. */
    const typingIn = () => {
      const current = get().sessions.find((x) => x.sessionId === get().activeId);
      return current !== undefined && current.kind === 'pty' && current.exit === null ? current.sessionId : null;
    };
    return {
      sessions: [],
      activeId: null,
      opening: false,
      error: null,
      unsupported: false,
      expanded: false,

      setExpanded(expanded) {
        set({ expanded });
      },

      async openShell() {
        if (get().opening) return;
        set({ opening: true, error: null });
        try {
          // The xterm view fits itself and sends terminal.resize; these are just a sane first size.
          const { sessionId, title } = await api.invoke('terminal.open', { profile: 'shell', cols: 80, rows: 24 });
          upsert({ sessionId, title, kind: 'pty' });
          // A shell the user asked for is one to type in: show it.
          set({ opening: false, expanded: true });
        } catch (e) {
          if (isApiError(e) && e.code === 'UNSUPPORTED') set({ opening: false, unsupported: true });
          else set({ opening: false, error: messageOf(e) });
        }
      },

      select(sessionId) {
        // Choosing a tab is asking to read it.
        if (get().sessions.some((s) => s.sessionId === sessionId)) set({ activeId: sessionId, expanded: true });
      },

      async close(sessionId) {
        try {
          await api.invoke('terminal.close', { sessionId });
        } catch (e) {
          set({ error: messageOf(e) });
        }
      },

      listen() {
        const offs = [
          api.on('terminal.opened', (p) =>
            upsert({
              sessionId: p.sessionId,
              title: p.title,
              kind: p.kind,
              ...(p.titleId !== undefined ? { titleId: p.titleId } : {}),
              ...(p.titleArgs !== undefined ? { titleArgs: p.titleArgs } : {}),
            }),
          ),
          api.on('terminal.exit', (p) => {
            const ended = get().sessions.find((s) => s.sessionId === p.sessionId);
            const exit = { exitCode: p.exitCode, signal: p.signal, ...(p.answer ? { answer: true } : {}) };
            set({
              sessions: get().sessions.map((s) => (s.sessionId === p.sessionId ? { ...s, exit } : s)),
              // A command the wizard ran that failed opens the dock by itself, on that session.
              // (It never pulls the view away from a shell the user is typing in.)
              ...(ended?.kind === 'captured' && failedExit(exit)
                ? { expanded: true, activeId: typingIn() ?? p.sessionId }
                : {}),
            });
          }),
        ];
        return () => offs.forEach((off) => off());
      },
    };
  });
}

/** Whether a session ended badly: a signal, or a non-zero exit code that the command did not declare a normal answer. */
export function failedExit(exit: NonNullable<TerminalSession['exit']>): boolean {
  if (exit.signal !== null) return true;
  return exit.exitCode !== null && exit.exitCode !== 0 && exit.answer !== true;
}
