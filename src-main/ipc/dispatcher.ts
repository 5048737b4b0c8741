import type { z } from 'zod';
import {
  ApiError,
  commandChannels,
  invokeChannels,
  isCommandChannel,
  isInvokeChannel,
  type CommandChannel,
  type CommandPayload,
  type Envelope,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeRequestParsed,
  type InvokeResponse,
} from '../../src-shared/contract';

/**
 * Who sent a message, as the transport saw it. The transport fills it in from
 * facts it controls (Electron's senderFrame, the harness socket's handshake);
 * nothing in it comes from the payload.
 */
export interface SenderContext {
  transport: 'electron' | 'harness';
  /** The sending frame is the top-level frame of our window (Electron) / the authenticated page (harness). */
  isMainFrame: boolean;
  /** The origin the sender was loaded from. */
  origin: string;
  /** The harness token matched (always true for Electron, where there is no token). */
  authenticated: boolean;
}

/** Send an event to the renderer(s) this dispatcher serves. */
export type Emit = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void;

export interface HandlerContext {
  sender: SenderContext;
  emit: Emit;
}

export type InvokeHandlers = {
  [C in InvokeChannel]: (request: InvokeRequestParsed<C>, ctx: HandlerContext) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
};
export type CommandHandlers = {
  [C in CommandChannel]: (payload: CommandPayload<C>, ctx: HandlerContext) => void;
};

export interface DispatcherOptions {
  /** Origins our own renderer is served from (app://go-wsl-setup, http://127.0.0.1:PORT ...). */
  allowedOrigins: readonly string[];
  /** Where handler bugs are written (never to the renderer). */
  log?: (line: string, error?: unknown) => void;
}

/**
 * The one registration point between a transport and the handlers: it checks the
 * sender, parses the payload with the contract's schema, and only then calls the
 * handler; every answer is a `{result}|{error}` envelope.
 */
export class Dispatcher {
  constructor(
    private readonly invokeHandlers: InvokeHandlers,
    private readonly commandHandlers: CommandHandlers,
    private readonly options: DispatcherOptions,
  ) {}

  /** Counts of what was refused, for tests and diagnostics. */
  readonly stats = { rejectedSender: 0, rejectedPayload: 0, unknownChannel: 0, handled: 0, handlerErrors: 0 };

  checkSender(sender: SenderContext): ApiError | null {
    if (!sender.authenticated) return new ApiError('FORBIDDEN_SENDER', 'unauthenticated sender');
    if (!sender.isMainFrame) return new ApiError('FORBIDDEN_SENDER', 'messages are accepted from the main frame only');
    if (!this.options.allowedOrigins.includes(sender.origin)) return new ApiError('FORBIDDEN_SENDER', 'sender origin is not ours');
    return null;
  }

  async invoke(sender: SenderContext, channel: unknown, payload: unknown, emit: Emit): Promise<Envelope> {
    const refused = this.checkSender(sender);
    if (refused) {
      this.stats.rejectedSender++;
      return { error: refused.toPayload() };
    }
    if (!isInvokeChannel(channel)) {
      this.stats.unknownChannel++;
      return { error: { code: 'UNKNOWN_CHANNEL', message: 'unknown channel' } };
    }
    const schema: z.ZodType = invokeChannels[channel].request;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      this.stats.rejectedPayload++;
      return { error: { code: 'VALIDATION', message: `invalid payload for ${channel}`, details: summarizeIssues(parsed.error.issues) } };
    }
    const handler = this.invokeHandlers[channel] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
    try {
      this.stats.handled++;
      const result = await handler(parsed.data, { sender, emit });
      return { result };
    } catch (e) {
      return { error: this.toErrorPayload(channel, e) };
    }
  }

  command(sender: SenderContext, channel: unknown, payload: unknown, emit: Emit): ApiError | null {
    const refused = this.checkSender(sender);
    if (refused) {
      this.stats.rejectedSender++;
      return refused;
    }
    if (!isCommandChannel(channel)) {
      this.stats.unknownChannel++;
      return new ApiError('UNKNOWN_CHANNEL', 'unknown channel');
    }
    const parsed = (commandChannels[channel] as z.ZodType).safeParse(payload);
    if (!parsed.success) {
      this.stats.rejectedPayload++;
      return new ApiError('VALIDATION', `invalid payload for ${channel}`, summarizeIssues(parsed.error.issues));
    }
    const handler = this.commandHandlers[channel] as (p: unknown, ctx: HandlerContext) => void;
    try {
      this.stats.handled++;
      handler(parsed.data, { sender, emit });
      return null;
    } catch (e) {
      const payloadErr = this.toErrorPayload(channel, e);
      return new ApiError(payloadErr.code, payloadErr.message, payloadErr.details);
    }
  }

  private toErrorPayload(channel: string, e: unknown) {
    if (e instanceof ApiError) return e.toPayload();
    this.stats.handlerErrors++;
    this.options.log?.(`handler for ${channel} failed`, e);
    // Internal details stay in main's log: they may hold paths or user names.
    return { code: 'INTERNAL' as const, message: `internal error in ${channel}` };
  }
}

/** Validation issues without the offending values (they may be huge or hostile). */
function summarizeIssues(issues: readonly z.core.$ZodIssue[]) {
  return issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.').slice(0, 200), code: i.code, message: i.message.slice(0, 200) }));
}
