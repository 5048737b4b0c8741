import { z } from 'zod';
import { Id, invoke, LIMITS, Utf8Bytes } from './define';

/**
 * The renderer never sends a command line: it picks a profile, and main decides
 * the argv (a shell in the distro on Windows, a local shell on the test host).
 */
export const TerminalProfile = z.enum(['shell']);

export const TerminalSize = {
  cols: z.number().int().min(2).max(1000),
  rows: z.number().int().min(1).max(500),
};

export const SessionKind = z.enum(['pty', 'captured']);

/** A command's id (the CommandSpec id or the invoke channel that ran it): words joined by '.', '-' or '_'. */
export const TerminalTitleId = z.string().max(80).regex(/^[A-Za-z][\w.-]*$/);

export const terminalInvoke = {
  'terminal.open': invoke(
    z.object({ profile: TerminalProfile, ...TerminalSize }).strict(),
    z.object({ sessionId: Id, title: z.string() }),
  ),
  'terminal.close': invoke(z.object({ sessionId: Id }).strict(), z.object({ closed: z.boolean() })),
} as const;

/** Renderer -> main, fire and forget. */
export const terminalCommands = {
  'terminal.input': z.object({ sessionId: Id, data: z.string().max(LIMITS.terminalInput) }).strict(),
  'terminal.resize': z.object({ sessionId: Id, ...TerminalSize }).strict(),
  /** Bytes of terminal.data the renderer's xterm has parsed; drives flow control in main. 0 = a view attached. */
  'terminal.ack': z.object({ sessionId: Id, bytes: z.number().int().min(0).max(1 << 30) }).strict(),
} as const;

/** Main -> renderer. */
export const terminalEvents = {
  /** A session started: a pty the user opened, or a captured (non-pty) run a service started. */
  'terminal.opened': z.object({
    sessionId: Id,
    kind: SessionKind,
    /** Words as main has them (a command line, or English): shown when the renderer has no translation for titleId. */
    title: z.string().max(LIMITS.text),
    /** What ran, as an id the renderer translates ('go.detect', 'network.testProxy'); one tab per id and args. */
    titleId: TerminalTitleId.optional(),
    /** Values for the translated title (a distro name). */
    titleArgs: z.record(z.string().max(40), z.string().max(200)).optional(),
  }),
  /** Output as UTF-8 bytes (xterm parses bytes directly); a batch never ends inside a character, except at the end of a session. */
  'terminal.data': z.object({ sessionId: Id, data: Utf8Bytes }),
  'terminal.exit': z.object({
    sessionId: Id,
    exitCode: z.number().int().nullable(),
    signal: z.string().nullable(),
    /** The command said which exits are normal answers (wsl --list with no distro yet): this one was, so it is no failure. */
    answer: z.boolean().optional(),
  }),
} as const;
