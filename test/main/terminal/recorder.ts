import type { EventPayload } from '../../../src-shared/contract';
import type { TerminalEmit, TerminalEvent } from '../../../src-main/terminal';

export interface Recorded {
  event: TerminalEvent;
  payload: EventPayload<TerminalEvent>;
}

/** An emit that records every event, with helpers to read a session's output back. */
export function recorder() {
  const events: Recorded[] = [];
  const emit: TerminalEmit = (event, payload) => void events.push({ event, payload });
  const data = (sessionId: string) =>
    events
      .filter((e) => e.event === 'terminal.data' && e.payload.sessionId === sessionId)
      .map((e) => (e.payload as EventPayload<'terminal.data'>).data);
  return {
    events,
    emit,
    data,
    /** The session's output decoded; a fatal decoder, so output split inside a character fails the test. */
    text: (sessionId: string) => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(data(sessionId))),
    bytes: (sessionId: string) => data(sessionId).reduce((n, d) => n + d.length, 0),
    exit: (sessionId: string) =>
      events.find((e) => e.event === 'terminal.exit' && e.payload.sessionId === sessionId)?.payload as EventPayload<'terminal.exit'> | undefined,
  };
}

/** Polls until `check` is true; fails the test with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
