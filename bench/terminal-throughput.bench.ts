/**
 * Terminal throughput: 64 MiB of realistic output (SGR colours, long wrapping
 * lines, CJK) from a real pty through the whole pipeline (node-pty -> batching
 * -> harness WebSocket read by its worker -> the Terminal component's xterm in
 * Chromium), against xterm.write of the same bytes directly in the same page,
 * same run. Then the flood runs again while a key is typed every 100 ms, and the
 * time from each keydown until its echo has been parsed and painted is measured.
 * The peak is what main held for the renderer at any moment over both runs.
 *
 * Diagnosis knobs (none changes what is measured): TERM_BENCH_CPU=1 prints CPU time per
 * process/thread for each run, TERM_BENCH_TRACE=FILE writes Chrome traces, TERM_BENCH_PROFILE=1
 * prints the page's CPU profile, TERM_BENCH_ECHO_ALL=1 prints every echo time in order;
 * TERM_BENCH_FLOW / TERM_BENCH_BATCH / TERM_BENCH_KEY_MS
 * change the setup for experiments.
 *
 * Prints:
 *   BENCH terminal-throughput <ratio> goal >=0.8 PASS|FAIL
 *   BENCH terminal-peak-buffer <MiB> goal <=2 PASS|FAIL
 *   BENCH terminal-echo-p95 <ms> goal <50 PASS|FAIL
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { createReplayRuntime } from '../src-main/app/replay-runtime';
import { startHarness, type Harness } from '../src-main/harness/server';
import { MachineCatalog } from '../src-main/host/machines';
import { TerminalManager } from '../src-main/terminal';
import { CdpPage } from './terminal-throughput/cdp-page';
import { cpuBetween, cpuSnapshot } from './terminal-throughput/cpu';
import { makeFlood } from './terminal-throughput/flood';

const MiB = 1024 * 1024;
const FLOOD_BYTES = 64 * MiB;
/** Typing speed of the echo probe: 10 keys/s, a fast typist. TERM_BENCH_KEY_MS overrides it for experiments. */
const KEY_INTERVAL_MS = Number(process.env.TERM_BENCH_KEY_MS ?? 100);
const RUN_TIMEOUT_MS = 60_000;

const root = process.cwd();
const log = (line: string) => process.stderr.write(`[terminal-throughput] ${line}\n`);

async function buildPage(dir: string): Promise<void> {
  await build({
    entryPoints: {
      page: path.join(root, 'bench', 'terminal-throughput', 'page.tsx'),
      'harness-socket.worker': path.join(root, 'src-renderer', 'api', 'harness-socket.worker.ts'),
    },
    outdir: dir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    minify: true,
    // React's production build, as the app ships.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    absWorkingDir: root,
  });
  // Both xterm hosts get the same box, so both grids have the same size (checked below).
  const css = `
    body { margin: 0; font-family: sans-serif; background: #fff; }
    #direct, #pipe .xterm-view__screen { width: 980px; height: 600px; padding: 4px; box-sizing: content-box; flex: none; }
    #pipe { width: 988px; }`;
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>terminal throughput</title>
<link rel="stylesheet" href="page.css"><style>${css}</style><script src="page.js" defer></script></head>
<body><div id="direct"></div><div id="pipe"></div></body></html>`,
  );
}

function p95(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] as number;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-bench-terminal-'));
  let page: CdpPage | null = null;
  let harness: Harness | null = null;
  let manager: TerminalManager | null = null;
  try {
    const flood = makeFlood(FLOOD_BYTES);
    const floodFile = path.join(dir, 'flood.bin');
    fs.writeFileSync(floodFile, flood);
    await buildPage(dir);

    const catalog = new MachineCatalog();
    const first = catalog.list()[0];
    if (!first) throw new Error('no recorded machine to build a runtime from');
    harness = await startHarness({
      rendererDir: dir,
      port: 0,
      createRuntime: (emit) =>
        createReplayRuntime({
          emit,
          terminal: (manager = new TerminalManager({ emit, ...tuning() })),
          machines: null,
          transcript: catalog.get(first.id),
          readOnly: false,
          // The "shell" of this run is the flood. -onlcr: the bytes reach xterm exactly as in the direct run;
          // echo stays on, so typed keys come back through the same pty while cat floods it.
          shell: { file: '/bin/sh', args: ['-c', 'stty -onlcr; exec cat "$FLOOD_FILE"'], env: { FLOOD_FILE: floodFile }, title: 'flood' },
        }),
      log: (line, error) => log(`harness: ${line} ${error ? String(error) : ''}`),
    });

    // Chromium over a bare DevTools connection, not Playwright: see cdp-page.ts for why.
    page = await CdpPage.launch('/usr/bin/chromium', ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'], harness.url, {
      width: 1280,
      height: 1400,
    });
    page.on('Runtime.exceptionThrown', (p) => log(`page error: ${(p as { exceptionDetails: { exception?: { description?: string }; text: string } }).exceptionDetails.exception?.description ?? 'unknown'}`));
    await page.waitFor("typeof window.bench === 'object'", 15_000);

    // Warm-up (JIT, font measurement), then direct, pipeline, direct again; the faster direct run is the baseline.
    await page.evaluate(`window.bench.runDirect(${4 * MiB})`);
    const cpu0 = cpuSnapshot();
    const direct1 = await page.evaluate<Direct>('window.bench.runDirect()');
    if (process.env.TERM_BENCH_CPU) log(`cpu direct #1: ${cpuBetween(cpu0, cpuSnapshot())}`);
    log(`direct #1: ${(direct1.bytes / MiB / (direct1.ms / 1000)).toFixed(1)} MiB/s (${direct1.ms.toFixed(0)} ms, grid ${direct1.size.cols}x${direct1.size.rows})`);

    // Throughput: the flood alone. Echo: the flood again while a key is typed every KEY_INTERVAL_MS.
    // Two runs, because typing switches the session to its small interactive window on purpose
    // (see DEFAULT_FLOW.interactive): echo latency is what counts while typing, throughput otherwise.
    const flow = await runPipeline(page, false);
    const typing = await runPipeline(page, true);

    const trace = await startTrace(page, '.direct');
    const direct2 = await page.evaluate<Direct>('window.bench.runDirect()');
    await trace?.();
    log(`direct #2: ${(direct2.bytes / MiB / (direct2.ms / 1000)).toFixed(1)} MiB/s (${direct2.ms.toFixed(0)} ms)`);

    const directMs = Math.min(direct1.ms, direct2.ms);
    const ratio = directMs / flow.pipe.ms;
    const stats = (manager as TerminalManager | null)?.stats();
    // The manager's peak: the most held for all sessions at any moment, over both runs.
    const peakMiB = (stats?.peakBufferedBytes ?? Number.POSITIVE_INFINITY) / MiB;
    const echo = typing.pipe.echoPaintedMs;
    const echoP95 = p95(echo);
    let intact = true;
    for (const [name, run] of [['flood', flow], ['flood + typing', typing]] as const) {
      const { pipe } = run;
      // Echoes of typed keys interleave with the flood: intact means every flood byte arrived,
      // besides the echoed markers nothing else, and cat exited cleanly.
      const ok = pipe.received - pipe.markers === flood.length && pipe.exit?.exitCode === 0;
      intact &&= ok;
      log(
        `pipeline (${name}): ${(FLOOD_BYTES / MiB / (pipe.ms / 1000)).toFixed(1)} MiB/s (${pipe.ms.toFixed(0)} ms, grid ${pipe.size?.cols}x${pipe.size?.rows}, ratio ${(directMs / pipe.ms).toFixed(2)}); ` +
          `bytes ${pipe.received - pipe.markers}/${flood.length}, exit ${JSON.stringify(pipe.exit)}`,
      );
      if (pipe.otherInput.length > 0) log(`input xterm sent on its own: ${JSON.stringify(pipe.otherInput).slice(0, 200)}`);
      if (!ok) log(`FAIL: the pipeline (${name}) lost or altered output (see bytes above)`);
    }
    const sameGrid = [flow, typing].every(({ pipe }) => pipe.size?.cols === direct1.size.cols && pipe.size?.rows === direct1.size.rows);
    if (process.env.TERM_BENCH_ECHO_ALL) log(`echo painted (ms, in order): ${echo.map((x) => x.toFixed(0)).join(" ")}`);
    log(`echo: ${typing.typed} typed, ${typing.pipe.markers} echoed, ${echo.length} timed; p50/p95/max painted ${p50(echo)}/${echoP95.toFixed(1)}/${Math.max(...echo).toFixed(1)} ms, p95 parsed ${p95(typing.pipe.echoParsedMs).toFixed(1)} ms`);
    log(`main: peak buffered ${(stats?.peakBufferedBytes ?? 0).toLocaleString()} bytes; pauses/batches ${stats?.sessions.map((x) => `${x.pauses}/${x.batchesSent}`).join(', ')}`);
    if (!sameGrid) log('FAIL: the xterms did not have the same grid size, the comparison is not fair');

    const enoughSamples = echo.length >= 10;
    if (!enoughSamples) log('FAIL: fewer than 10 echo samples');
    console.log(`BENCH terminal-throughput ${ratio.toFixed(2)} goal >=0.8 ${ratio >= 0.8 && intact && sameGrid ? 'PASS' : 'FAIL'}`);
    console.log(`BENCH terminal-peak-buffer ${peakMiB.toFixed(2)} goal <=2 ${peakMiB <= 2 && intact ? 'PASS' : 'FAIL'}`);
    console.log(`BENCH terminal-echo-p95 ${echoP95.toFixed(1)} goal <50 ${echoP95 < 50 && enoughSamples && intact ? 'PASS' : 'FAIL'}`);
  } finally {
    await page?.close().catch(() => undefined);
    await (manager as TerminalManager | null)?.dispose().catch(() => undefined);
    await harness?.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

type Direct = { ms: number; bytes: number; size: { cols: number; rows: number } };
type Pipe = {
  ms: number;
  received: number;
  markers: number;
  exit: { exitCode: number | null; signal: string | null } | null;
  size: { cols: number; rows: number } | null;
  otherInput: string[];
  echoParsedMs: number[];
  echoPaintedMs: number[];
};

/** One pipeline run in the page (a new pty session), typing the echo marker meanwhile if asked. */
async function runPipeline(page: CdpPage, typing: boolean) {
  // TERM_BENCH_PROFILE=1: a CPU profile of the page during the run, summarised by self time (diagnosis only).
  const profiling = !!process.env.TERM_BENCH_PROFILE;
  if (profiling) {
    await page.send('Profiler.enable');
    await page.send('Profiler.start');
  }
  const trace = await startTrace(page, typing ? '.typing' : '');
  const cpu = cpuSnapshot();
  const run = page.evaluate<Pipe>(`window.bench.runPipeline(${RUN_TIMEOUT_MS})`);
  let done = false;
  void run.then(
    () => (done = true),
    () => (done = true),
  );
  let typed = 0;
  if (typing) {
    await page.waitFor('window.bench.focused()', 15_000);
    const deadline = Date.now() + RUN_TIMEOUT_MS;
    while (!done && Date.now() < deadline) {
      await page.typeChar('~');
      typed++;
      await new Promise((r) => setTimeout(r, KEY_INTERVAL_MS));
    }
  }
  const pipe = await run;
  if (process.env.TERM_BENCH_CPU) log(`cpu pipeline${typing ? ' (typing)' : ''}: ${cpuBetween(cpu, cpuSnapshot())}`);
  await trace?.();
  if (profiling) {
    const { profile } = (await page.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples?: number[] } };
    const self = new Map<string, number>();
    const total = profile.samples?.length ?? 1;
    for (const n of profile.nodes) {
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0));
    }
    for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) log(`profile ${((100 * v) / total).toFixed(1)}% ${k}`);
  }
  return { pipe, typed };
}

/**
 * Diagnosis only: TERM_BENCH_TRACE=FILE writes Chrome traces of the pipeline runs to FILE and
 * FILE.typing, and of direct #2 to FILE.direct (main-thread tasks, frames, raster; with thread
 * CPU time per event). Returns the function that stops the trace and writes it, or null.
 */
async function startTrace(page: CdpPage, suffix: string): Promise<(() => Promise<void>) | null> {
  const file = process.env.TERM_BENCH_TRACE;
  if (!file) return null;
  const events: unknown[] = [];
  let complete: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (complete = resolve));
  const offData = page.on('Tracing.dataCollected', (p) => events.push(...(p as { value: unknown[] }).value));
  const offDone = page.on('Tracing.tracingComplete', () => complete());
  await page.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink', 'v8.execute', 'cc', 'viz'] },
  });
  return async () => {
    await page.send('Tracing.end');
    await finished;
    offData();
    offDone();
    fs.writeFileSync(file + suffix, JSON.stringify({ traceEvents: events }));
  };
}

/** Experiments only: TERM_BENCH_FLOW=high,low (bytes) and TERM_BENCH_BATCH=ms,bytes override the defaults. */
function tuning() {
  const flow = process.env.TERM_BENCH_FLOW?.split(',').map(Number);
  const batch = process.env.TERM_BENCH_BATCH?.split(',').map(Number);
  return {
    ...(flow ? { flow: { highWatermark: flow[0] as number, lowWatermark: flow[1] as number } } : {}),
    ...(batch ? { batch: { intervalMs: batch[0] as number, maxBytes: batch[1] as number } } : {}),
  };
}

function p50(xs: readonly number[]): string {
  if (xs.length === 0) return 'n/a';
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor(s.length / 2)] as number).toFixed(1);
}

// The bench must end by itself even if Chromium or the pty hangs.
const watchdog = setTimeout(() => {
  log('FAIL: watchdog (150 s) fired');
  process.exit(1);
}, 150_000);
watchdog.unref();

main().then(
  () => process.exit(0),
  (e: unknown) => {
    log(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
