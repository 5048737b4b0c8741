import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { COMMAND_CHANNELS, commandChannels, INVOKE_CHANNELS, invokeChannels } from '../../../src-shared/contract';
import { createDispatcher } from '../../../src-main/ipc/create-dispatcher';
import type { SenderContext } from '../../../src-main/ipc/dispatcher';
import { fakeRuntime, RecordingHost } from './fake-runtime';

/**
 * IPC fuzz: for every channel of the contract, at least 1000 generated
 * malformed payloads go through the real registration (sender check, zod
 * parse, handlers). Every one must be refused with a typed VALIDATION error,
 * no handler may run, no process may start, and the process stays up.
 */
const RUNS = 1000;
const ORIGIN = 'http://127.0.0.1:1';
const sender: SenderContext = { transport: 'harness', isMainFrame: true, origin: ORIGIN, authenticated: true };

const hostile = fc.constantFrom(
  '$(reboot)',
  '`rm -rf /`',
  '; shutdown /r /t 0',
  "'; Remove-Item -Recurse C:\\ ; '",
  '../../../../etc/shadow',
  '\u0000',
  '\u202e\u0645',
  'A'.repeat(70_000),
  '__proto__',
  'constructor',
);
const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  hostile,
  fc.double(),
  fc.bigInt().map((b) => b.toString()),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(Number.NaN),
  fc.constant(-1),
  fc.constant(1e12),
);

/** Objects that look like the channel's payload: its keys with hostile or wrong values, extra keys, prototype games. */
function shapedJunk(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
  const keys = Object.keys(shape);
  const record = fc.dictionary(fc.constantFrom(...(keys.length ? keys : ['x']), '__proto__', 'constructor', 'extra'), junk, { maxKeys: keys.length + 2 });
  const polluted = fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown);
  return fc.oneof(record, junk, polluted, fc.array(junk, { maxLength: 4 }));
}

/** Only payloads the schema really rejects count as malformed. */
function malformedFor(schema: z.ZodType): unknown[] {
  const out: unknown[] = [];
  let seed = 1;
  while (out.length < RUNS) {
    for (const v of fc.sample(shapedJunk(schema), { numRuns: RUNS, seed: seed++ })) {
      if (!schema.safeParse(v).success) out.push(v);
      if (out.length >= RUNS) break;
    }
  }
  return out;
}

describe('IPC fuzz through the real registration', () => {
  for (const channel of INVOKE_CHANNELS) {
    it(`invoke ${channel}: ${RUNS} malformed payloads are all refused`, async () => {
      const host = new RecordingHost();
      const { runtime, terminal, languages } = fakeRuntime(host);
      const d = createDispatcher(runtime, [ORIGIN]);
      const payloads = malformedFor(invokeChannels[channel].request);
      for (const p of payloads) {
        const env = await d.invoke(sender, channel, p, () => undefined);
        expect(env).toMatchObject({ error: { code: 'VALIDATION' } });
      }
      expect(d.stats.rejectedPayload).toBe(RUNS);
      expect(d.stats.handled).toBe(0);
      expect(host.processCount).toBe(0);
      expect(terminal.calls).toEqual([]);
      expect(languages).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  for (const channel of COMMAND_CHANNELS) {
    it(`command ${channel}: ${RUNS} malformed payloads are all refused`, () => {
      const { runtime, terminal } = fakeRuntime();
      const d = createDispatcher(runtime, [ORIGIN]);
      for (const p of malformedFor(commandChannels[channel])) {
        expect(d.command(sender, channel, p, () => undefined)?.code).toBe('VALIDATION');
      }
      expect(d.stats.handled).toBe(0);
      expect(terminal.calls).toEqual([]);
    });
  }

  it('unknown channel names are refused without touching a handler', async () => {
    const { runtime } = fakeRuntime();
    const d = createDispatcher(runtime, [ORIGIN]);
    const names = fc.sample(fc.oneof(fc.string(), hostile, fc.constantFrom('toString', 'hasOwnProperty', '__proto__', 'constructor')), { numRuns: RUNS, seed: 7 });
    for (const name of names.filter((n) => !(INVOKE_CHANNELS as readonly string[]).includes(n))) {
      expect(await d.invoke(sender, name, {}, () => undefined)).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(d.stats.handled).toBe(0);
  });
});
