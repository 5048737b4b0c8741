import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

/**
 * Chromium driven over a bare DevTools protocol connection, for the terminal
 * throughput bench only.
 *
 * Why not Playwright here: Playwright enables the Network domain on every page
 * and worker, so Chromium reports each WebSocket frame, payload included
 * (base64 for binary), to the driver. Measured: every byte of the 64 MiB flood
 * was copied into DevTools events by the browser's main thread and parsed by
 * the bench's Node process - the same process that runs main's pty and
 * harness - while the direct run, which has no socket, paid nothing. That
 * measures Playwright, not the app. This driver enables nothing but what it
 * uses (Runtime for evaluate, Input for keystrokes, and on request Profiler
 * or Tracing), so no DevTools event carries terminal data.
 */
export class CdpPage {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, ((params: unknown) => void)[]>();

  /** The page's DevTools session once attached; commands before that go to the browser. */
  private session = '';

  private constructor(
    private readonly chrome: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profileDir: string,
  ) {
    socket.on('message', (raw) => this.route(raw));
  }

  /** Starts Chromium headless with the given flags and opens `url` in a page of width x height. */
  static async launch(executable: string, args: readonly string[], url: string, size: { width: number; height: number }): Promise<CdpPage> {
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-bench-chromium-'));
    const chrome = spawn(
      executable,
      [
        '--headless',
        '--remote-debugging-port=0',
        `--user-data-dir=${profileDir}`,
        `--window-size=${size.width},${size.height}`,
        // As Playwright launches it: a headless page must not be treated as hidden or throttled.
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
        '--disable-renderer-backgrounding',
        ...args,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const endpoint = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err.slice(-2000)}`)), 20_000);
      chrome.stderr?.on('data', (b: Buffer) => {
        err += b.toString();
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      });
      chrome.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${err.slice(-2000)}`)));
    });
    const socket = new WebSocket(endpoint, { perMessageDeflate: false, maxPayload: 1024 * 1024 * 1024 });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const page = new CdpPage(chrome, socket, profileDir);
    const { targetId } = (await page.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await page.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    page.session = sessionId;
    await page.send('Runtime.enable');
    await page.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: 1, mobile: false });
    await page.send('Page.enable');
    await page.send('Page.navigate', { url });
    return page;
  }

  /** A DevTools command on this page's session (or to the browser, before attaching). */
  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params, ...(this.session ? { sessionId: this.session } : {}) }));
    });
  }

  /** Listens to a DevTools event of this page; returns the function that stops listening. */
  on(method: string, listener: (params: unknown) => void): () => void {
    const list = this.listeners.get(method) ?? [];
    list.push(listener);
    this.listeners.set(method, list);
    return () => this.listeners.set(method, (this.listeners.get(method) ?? []).filter((l) => l !== listener));
  }

  /** Evaluates an expression in the page, awaiting a promise; the value must be JSON-serialisable. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = (await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value?: T };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  }

  /** Polls `expression` until it is truthy. */
  async waitFor(expression: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.evaluate<boolean>(`Boolean(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Types one printable character as a real key press (keydown with text, then keyup), like Playwright's keyboard.type. */
  async typeChar(ch: string): Promise<void> {
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  }

  async close(): Promise<void> {
    this.socket.terminate();
    await new Promise<void>((resolve) => {
      if (this.chrome.exitCode !== null) return resolve();
      this.chrome.once('exit', () => resolve());
      this.chrome.kill('SIGKILL');
    });
    fs.rmSync(this.profileDir, { recursive: true, force: true });
  }

  private route(raw: WebSocket.RawData): void {
    const msg = JSON.parse(raw.toString()) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: unknown };
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
    } else if (msg.method) {
      for (const l of this.listeners.get(msg.method) ?? []) l(msg.params);
    }
  }
}
