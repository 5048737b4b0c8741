import type { Terminal } from '@xterm/xterm';
import type { Api } from '../../../src-shared/contract/client';
import { inputChunks } from './input-chunks';

export interface SessionLink {
  dispose(): void;
}

export interface LinkOptions {
  /** Captured runs take no keystrokes. */
  readonly interactive: boolean;
  /** Called once when main reports the session ended. */
  readonly onExit?: (exitCode: number | null, signal: string | null) => void;
}

/**
 * Connects one xterm to one session: output in, keystrokes and size out.
 *
 * Output arrives as UTF-8 bytes and goes to xterm as bytes (its fastest path).
 * Flow control lives here on the renderer side: each chunk is acked only when
 * xterm's write callback says it has been parsed, so main pauses the pty while
 * xterm is behind instead of piling output into this page. The first ack (0
 * bytes) tells main a view is attached; until then main holds the output, so
 * nothing printed before this view existed is lost.
 */
export function linkSession(term: Terminal, api: Api, sessionId: string, options: LinkOptions): SessionLink {
  let disposed = false;
  const send: Api['send'] = (channel, payload) => {
    if (disposed) return;
    try {
      api.send(channel, payload);
    } catch {
      // The transport is gone (window closing, harness stopped): nothing to tell.
    }
  };

  const offData = api.on('terminal.data', (p) => {
    if (p.sessionId !== sessionId || disposed) return;
    const bytes = p.data.length;
    term.write(p.data, () => send('terminal.ack', { sessionId, bytes }));
  });
  const offExit = api.on('terminal.exit', (p) => {
    if (p.sessionId !== sessionId || disposed) return;
    term.options.disableStdin = true;
    term.options.cursorInactiveStyle = 'none';
    options.onExit?.(p.exitCode, p.signal);
  });

  const subs = [
    term.onData((data) => {
      if (!options.interactive) return;
      for (const chunk of inputChunks(data)) send('terminal.input', { sessionId, data: chunk });
    }),
    term.onResize(({ cols, rows }) => send('terminal.resize', { sessionId, cols, rows })),
  ];
  term.options.disableStdin = !options.interactive;

  // Attach after subscribing, so the first batch main releases finds a listener.
  send('terminal.ack', { sessionId, bytes: 0 });
  // The pty was opened at a guessed size; tell it the real one.
  send('terminal.resize', { sessionId, cols: term.cols, rows: term.rows });

  return {
    dispose() {
      disposed = true;
      offData();
      offExit();
      for (const s of subs) s.dispose();
    },
  };
}
