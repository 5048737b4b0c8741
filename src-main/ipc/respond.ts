import { invokeChannels, type InvokeChannel, type InvokeResponse } from '../../src-shared/contract';

/**
 * A service result checked against the channel's response schema. Services
 * return their own (often readonly) types; this proves at run time that what
 * leaves main is exactly what the contract promises, and fails loudly (as an
 * INTERNAL error in the envelope) when a service drifts from it.
 */
export async function respond<C extends InvokeChannel>(channel: C, value: unknown): Promise<InvokeResponse<C>> {
  return invokeChannels[channel].response.parse(await value) as InvokeResponse<C>;
}
