import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { createApi } from '../../src-shared/contract/client';
import { connectHarness } from '../../src-renderer/api/harness-bridge';
import { workerPort } from '../../src-renderer/api/socket-relay';
import { Terminal } from '../../src-renderer/components/terminal/Terminal';
import { createXterm } from '../../src-renderer/components/terminal/create-xterm';
import en from '../../src-renderer/i18n/locales/en/terminal.json';
import { Probe } from './probe';

/**
 * The bench page: the real Terminal component on the real harness transport,
 * plus a plain xterm fed the same bytes directly, in one page. Driven from
 * terminal-throughput.bench.ts through window.bench.
 */
z.config({ jitless: true }); // the page runs under the app's CSP (no eval), like the real renderer

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { terminal: en } }, initAsync: false, react: { useSuspense: false } });


async function loadFlood(): Promise<Uint8Array> {
  const res = await fetch('/flood.bin');
  return new Uint8Array(await res.arrayBuffer());
}

/** xterm.write of the flood's bytes, straight from memory, keeping xterm's queue bounded (it drops data past 50 MB). */
async function runDirect(limit?: number): Promise<{ ms: number; bytes: number; size: { cols: number; rows: number } }> {
  const all = await loadFlood();
  const bytes = limit ? all.subarray(0, limit) : all;
  const el = document.getElementById('direct') as HTMLElement;
  const x = createXterm();
  x.term.open(el);
  x.fit.fit();
  const size = { cols: x.term.cols, rows: x.term.rows };
  const chunk = 64 * 1024;
  const maxInFlight = 64;
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    let off = 0;
    let inFlight = 0;
    const pump = () => {
      while (inFlight < maxInFlight && off < bytes.length) {
        const part = bytes.subarray(off, off + chunk);
        off += part.length;
        inFlight++;
        x.term.write(part, () => {
          inFlight--;
          if (off >= bytes.length && inFlight === 0) resolve();
          else pump();
        });
      }
    };
    pump();
  });
  const ms = performance.now() - t0;
  x.term.dispose();
  el.replaceChildren();
  return { ms, bytes: bytes.length, size };
}

/** The whole pipeline: terminal.open -> pty -> batching -> WebSocket -> the Terminal component's xterm. */
async function runPipeline(timeoutMs: number) {
  let sessionId: string | null = null;
  const probe = new Probe(() => sessionId);
  // The app's transport: the socket in its worker (built by the bench as harness-socket.worker.js).
  const api = probe.wrap(createApi(await connectHarness(window.location, workerPort(new Worker('/harness-socket.worker.js')))));
  const t0 = performance.now();
  const opened = await api.invoke('terminal.open', { profile: 'shell', cols: 120, rows: 40 });
  sessionId = opened.sessionId;
  const el = document.getElementById('pipe') as HTMLElement;
  const root = createRoot(el);
  flushSync(() =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <Terminal key={opened.sessionId} sessionId={opened.sessionId} api={api} label={opened.title} />
      </I18nextProvider>,
    ),
  );
  el.querySelector('textarea')?.focus();
  // Done when the session has exited and xterm has parsed everything received (no polling: it would steal main-thread time).
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pipeline did not finish: received ${probe.received}, acked ${probe.acked}`)), timeoutMs);
    probe.whenDone(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  const ms = performance.now() - t0;
  // Let the last painted-echo frames land before reading them.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  root.unmount();
  probe.dispose();
  return {
    ms,
    received: probe.received,
    markers: probe.markersSeen,
    exit: probe.exited,
    size: probe.lastSize,
    otherInput: probe.otherInput,
    echoParsedMs: probe.echoParsedMs,
    echoPaintedMs: probe.echoPaintedMs,
  };
}

declare global {
  interface Window {
    bench: { runDirect: typeof runDirect; runPipeline: typeof runPipeline; focused: () => boolean };
  }
}
window.bench = {
  runDirect,
  runPipeline,
  focused: () => document.activeElement?.tagName === 'TEXTAREA',
};
