import type { z } from 'zod';
import { appInvoke } from './app';
import { bundleInvoke } from './bundle';
import type { InvokeDef } from './define';
import { distroInvoke } from './distro';
import { editorInvoke } from './editor';
import { goInvoke } from './go';
import { preflightInvoke } from './preflight';
import { presetInvoke } from './preset';
import { reportInvoke } from './report';
import { networkInvoke } from './network';
import { tasksEvents, tasksInvoke } from './tasks';
import { terminalCommands, terminalEvents, terminalInvoke } from './terminal';
import { wslInvoke } from './wsl';

/**
 * The whole IPC contract. Channel names and payload shapes are written here
 * (and in the per-domain files this merges) and nowhere else.
 */
export const invokeChannels = {
  ...appInvoke,
  ...tasksInvoke,
  ...terminalInvoke,
  ...preflightInvoke,
  ...goInvoke,
  ...networkInvoke,
  ...distroInvoke,
  ...wslInvoke,
  ...reportInvoke,
  ...editorInvoke,
  ...bundleInvoke,
  ...presetInvoke,
} as const satisfies Record<string, InvokeDef>;

/** Renderer -> main, fire and forget (no answer). */
export const commandChannels = {
  ...terminalCommands,
} as const satisfies Record<string, z.ZodType>;

/** Main -> renderer. */
export const eventChannels = {
  ...terminalEvents,
  ...tasksEvents,
} as const satisfies Record<string, z.ZodType>;

export type InvokeChannel = keyof typeof invokeChannels;
export type CommandChannel = keyof typeof commandChannels;
export type EventChannel = keyof typeof eventChannels;

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type InvokeRequestParsed<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type CommandPayload<C extends CommandChannel> = z.output<(typeof commandChannels)[C]>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;

export const INVOKE_CHANNELS = Object.freeze(Object.keys(invokeChannels)) as readonly InvokeChannel[];
export const COMMAND_CHANNELS = Object.freeze(Object.keys(commandChannels)) as readonly CommandChannel[];
export const EVENT_CHANNELS = Object.freeze(Object.keys(eventChannels)) as readonly EventChannel[];

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(invokeChannels, name);
}
export function isCommandChannel(name: unknown): name is CommandChannel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(commandChannels, name);
}
export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(eventChannels, name);
}

export * from './errors';
export * from './define';
export * from './app';
export * from './tasks';
export * from './terminal';
export * from './preflight';
export * from './network';
export * from './go';
export * from './distro';
export * from './wsl';
export * from './report';
export * from './bundle';
export * from './preset';
