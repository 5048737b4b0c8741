import {
  ApiError,
  Envelope,
  commandChannels,
  eventChannels,
  invokeChannels,
  isCommandChannel,
  isEventChannel,
  isInvokeChannel,
  type CommandChannel,
  type CommandPayload,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
} from './index';

/**
 * The untyped pipe a transport provides: the Electron preload bridge, or the
 * harness WebSocket. createApi turns it into the typed API the renderer uses.
 */
export interface RawBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  send(channel: string, payload: unknown): void;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

export interface Api {
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>>;
  send<C extends CommandChannel>(channel: C, payload: CommandPayload<C>): void;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createApi(bridge: RawBridge): Api {
  return {
    async invoke(channel, request) {
      if (!isInvokeChannel(channel)) throw new ApiError('UNKNOWN_CHANNEL', `unknown channel ${String(channel)}`);
      const raw = await bridge.invoke(channel, request);
      const env = Envelope.safeParse(raw);
      if (!env.success) throw new ApiError('INTERNAL', `malformed answer on ${channel}`);
      if ('error' in env.data) {
        const { code, message, details } = env.data.error;
        throw new ApiError(code, message, details);
      }
      // Main is trusted, but a shape drift between builds should fail loudly here, not deep in the UI.
      const parsed = invokeChannels[channel].response.safeParse(env.data.result);
      if (!parsed.success) throw new ApiError('INTERNAL', `answer on ${channel} does not match the contract`);
      return parsed.data as InvokeResponse<typeof channel>;
    },
    send(channel, payload) {
      if (!isCommandChannel(channel)) throw new ApiError('UNKNOWN_CHANNEL', `unknown channel ${String(channel)}`);
      const parsed = commandChannels[channel].safeParse(payload);
      if (!parsed.success) throw new ApiError('VALIDATION', `invalid payload for ${channel}`, parsed.error.issues);
      bridge.send(channel, parsed.data);
    },
    on(event, listener) {
      if (!isEventChannel(event)) throw new ApiError('UNKNOWN_CHANNEL', `unknown event ${String(event)}`);
      const schema = eventChannels[event];
      return bridge.on(event, (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
      });
    },
  };
}
