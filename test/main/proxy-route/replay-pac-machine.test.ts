import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createReplayRuntime } from '../../../src-main/app/replay-runtime';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { createDispatcher } from '../../../src-main/ipc/create-dispatcher';
import type { SenderContext } from '../../../src-main/ipc/dispatcher';
import { startProxyAt } from '../../../e2e/support/journey-servers';

/**
 * The recorded v2rayN PAC-mode machine, on the runtime the browser demo and
 * the harness use: the resolution is our own code (the recorded registry
 * values and PAC, evaluated in the sandbox), and the Go step's real default
 * URLs (go.dev) are sent to the proxy the PAC names, 127.0.0.1:10809. Nothing
 * leaves this machine: the stand-in proxy there only reaches loopback.
 */
const ORIGIN = 'http://127.0.0.1:4321';
const SENDER: SenderContext = { transport: 'harness', isMainFrame: true, origin: ORIGIN, authenticated: true };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-pac-machine-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function pacRuntime() {
  const emit = () => undefined;
  const runtime = createReplayRuntime({
    emit,
    terminal: { open: () => ({ sessionId: 's', title: 't' }), input() {}, resize() {}, ack() {}, close() {}, openCaptured: () => ({ sessionId: 'c', write() {}, end() {} }), dispose() {} },
    machines: null,
    transcript: new MachineCatalog().get('win11-v2rayn-pac'),
    readOnly: false,
    shell: null,
    dataDir: scratch,
    wrapHost: (replay) => new ReplayHost(replay.transcript, { readOnly: false, maxReplayMs: 0 }),
    // Only the list the PAC sends through the proxy: golang.google.cn would go DIRECT, i.e. off this machine.
    serviceOverrides: { go: { releaseLists: ['https://go.dev/dl/?mode=json&include=all'], timeouts: { listMs: 5000 } } },
  });
  const d = createDispatcher(runtime, [ORIGIN]);
  return { runtime, invoke: (channel: string, payload: object) => d.invoke(SENDER, channel, payload, emit) as Promise<{ result?: any; error?: any }> };
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

describe('the recorded v2rayN PAC machine', () => {
  it('resolves like Windows would: Go hosts to 127.0.0.1:10809, the rest DIRECT', async () => {
    const { runtime } = pacRuntime();
    expect(await runtime.proxyResolver!.resolve('https://go.dev/dl/?mode=json&include=all')).toBe('PROXY 127.0.0.1:10809;');
    expect(await runtime.proxyResolver!.resolve('https://dl.google.com/go/go1.22.3.linux-amd64.tar.gz')).toBe('PROXY 127.0.0.1:10809;');
    expect(await runtime.proxyResolver!.resolve('https://goproxy.cn/')).toBe('DIRECT;');
  });

  it('go.releases goes to the PAC proxy: WIN_PROXY_REFUSED while nothing listens there, a CONNECT to go.dev once something does', async () => {
    const { invoke } = pacRuntime();
    if (await portTaken(10809)) {
      console.log('skipping the refused half: something already listens on 127.0.0.1:10809');
    } else {
      const refused = await invoke('go.releases', { arch: 'amd64' });
      expect(refused.error?.details?.catalogId ?? refused.error).toBe('WIN_PROXY_REFUSED');
    }
    // v2rayN's HTTP port, forwarding to a loopback-only CONNECT proxy.
    const v2rayn = await startProxyAt(10809);
    try {
      const r = await invoke('go.releases', { arch: 'amd64' });
      expect(r.error).toBeDefined();
      expect(v2rayn.proxy.log).toContain('CONNECT go.dev:443');
    } finally {
      await v2rayn.close();
    }
  });

  it('offers WSL the same proxy (network.detectProxy)', async () => {
    const { invoke } = pacRuntime();
    const r = await invoke('network.detectProxy', { target: { distro: 'Ubuntu-24.04', user: 'dev' } });
    expect(r.error ?? null, JSON.stringify(r.error)).toBeNull();
    expect(r.result.windows.server).toBe('http://127.0.0.1:10809');
    expect(r.result.windows.autoConfigUrl).toBe('http://127.0.0.1:10810/pac/?t=203115');
  });
});
