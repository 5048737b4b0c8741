import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src-main/ipc/create-dispatcher';
import type { SenderContext } from '../../../src-main/ipc/dispatcher';
import { fakeRuntime } from './fake-runtime';

const ORIGIN = 'http://127.0.0.1:1234';
const ok: SenderContext = { transport: 'harness', isMainFrame: true, origin: ORIGIN, authenticated: true };
const emit = () => undefined;

describe('Dispatcher: sender check, payload validation, envelopes', () => {
  it('answers a valid call with {result}', async () => {
    const { runtime } = fakeRuntime();
    const d = createDispatcher(runtime, [ORIGIN]);
    const env = await d.invoke(ok, 'app.info', {}, emit);
    expect(env).toMatchObject({ result: { version: '0.0.0-test', hostKind: 'replay', transport: 'harness' } });
  });

  it.each([
    ['a subframe', { ...ok, isMainFrame: false }],
    ['another origin', { ...ok, origin: 'https://evil.example' }],
    ['an unauthenticated socket', { ...ok, authenticated: false }],
  ])('refuses %s before parsing or running anything', async (_name, sender) => {
    const { runtime, languages } = fakeRuntime();
    const d = createDispatcher(runtime, [ORIGIN]);
    const env = await d.invoke(sender, 'settings.setLanguage', { lang: 'en' }, emit);
    expect(env).toEqual({ error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } });
    expect(languages).toEqual([]);
    expect(d.command(sender, 'terminal.input', { sessionId: 's1', data: 'x' }, emit)?.code).toBe('FORBIDDEN_SENDER');
  });

  it('refuses unknown channels and bad payloads with typed errors; the handler never runs', async () => {
    const { runtime, languages, terminal } = fakeRuntime();
    const d = createDispatcher(runtime, [ORIGIN]);
    expect(await d.invoke(ok, 'fs.readFile', { path: '/etc/passwd' }, emit)).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await d.invoke(ok, '__proto__', {}, emit)).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    const bad = await d.invoke(ok, 'settings.setLanguage', { lang: 'fr' }, emit);
    expect(bad).toMatchObject({ error: { code: 'VALIDATION', details: [{ path: 'lang' }] } });
    expect(await d.invoke(ok, 'settings.setLanguage', { lang: 'en', extra: 1 }, emit)).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(d.command(ok, 'terminal.resize', { sessionId: 's1', cols: 1e9, rows: 10 }, emit)?.code).toBe('VALIDATION');
    expect(languages).toEqual([]);
    expect(terminal.calls).toEqual([]);
    expect(d.stats.handled).toBe(0);
  });

  it('turns handler bugs into INTERNAL without leaking their message', async () => {
    const { runtime } = fakeRuntime();
    runtime.setLanguage = () => {
      throw new Error('secret path /home/alice/.ssh');
    };
    const logged: string[] = [];
    const d = createDispatcher(runtime, [ORIGIN], (line) => logged.push(line));
    const env = await d.invoke(ok, 'settings.setLanguage', { lang: 'en' }, emit);
    expect(env).toEqual({ error: { code: 'INTERNAL', message: 'internal error in settings.setLanguage' } });
    expect(JSON.stringify(env)).not.toContain('alice');
    expect(logged).toHaveLength(1);
  });

  it('passes typed ApiErrors through (e.g. a cancelled task)', async () => {
    const { runtime } = fakeRuntime();
    const d = createDispatcher(runtime, [ORIGIN]);
    const env = await d.invoke(ok, 'machines.select', { id: 'win11-healthy' }, emit);
    expect(env).toMatchObject({ error: { code: 'UNSUPPORTED' } });
  });
});
