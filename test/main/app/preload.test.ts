import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The preload with Electron's objects faked: what it exposes, and that only
 * the contract's channels ever reach ipcRenderer.
 */
const exposed: Record<string, any> = {};
const ipc = {
  invoke: vi.fn(async () => ({ result: 'ok' })),
  send: vi.fn(),
  on: vi.fn(),
  removeListener: vi.fn(),
};
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
  ipcRenderer: ipc,
}));

beforeEach(async () => {
  vi.clearAllMocks();
  await import('../../../src-main/app/preload');
});

describe('preload bridge', () => {
  it('exposes exactly window.api with invoke, send and on', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(exposed.api).sort()).toEqual(['invoke', 'on', 'send']);
  });

  it('forwards contract channels over the single transport name', async () => {
    await expect(exposed.api.invoke('app.info', {})).resolves.toEqual({ result: 'ok' });
    expect(ipc.invoke).toHaveBeenCalledWith('gws:invoke', 'app.info', {});
    exposed.api.send('terminal.input', { sessionId: 's', data: 'ls\r' });
    expect(ipc.send).toHaveBeenCalledWith('gws:send', 'terminal.input', { sessionId: 's', data: 'ls\r' });
  });

  it('drops anything else without touching ipcRenderer', async () => {
    await expect(exposed.api.invoke('shell.openExternal', 'file:///etc')).resolves.toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    await expect(exposed.api.invoke({ toString: () => 'app.info' }, {})).resolves.toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    exposed.api.send('gws:invoke', {});
    exposed.api.send('__proto__', {});
    expect(exposed.api.on('not.an.event', () => undefined)()).toBeUndefined();
    expect(ipc.invoke).not.toHaveBeenCalled();
    expect(ipc.send).not.toHaveBeenCalled();
    expect(ipc.on).not.toHaveBeenCalled();
  });

  it('delivers only the subscribed event to a listener, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = exposed.api.on('terminal.data', (p: unknown) => seen.push(p));
    const handler = ipc.on.mock.calls[0]![1] as (e: unknown, name: string, p: unknown) => void;
    handler({}, 'terminal.exit', { x: 1 });
    handler({}, 'terminal.data', { sessionId: 's', data: 'hi' });
    expect(seen).toEqual([{ sessionId: 's', data: 'hi' }]);
    off();
    expect(ipc.removeListener).toHaveBeenCalledWith('gws:event', handler);
  });
});
