/**
 * first-render: time from navigation to the first page being interactive
 * (the wizard's step list rendered and the Preflight heading in place, i.e.
 * the app has connected over the harness, learnt app.info and rendered its
 * first page) in Chromium, against navigating to a blank page served from
 * the same loopback server in the same run. Median of several cold loads
 * (a fresh browser context each time, so nothing is cached).
 *
 * Prints: BENCH first-render <ms over blank> goal <=1000ms PASS|FAIL
 */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createReplayRuntime } from '../src-main/app/replay-runtime';
import { startHarness } from '../src-main/harness/server';
import { MachineCatalog } from '../src-main/host/machines';
import { TerminalManager } from '../src-main/terminal';

const GOAL_MS = 1000;
const RUNS = 7;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const root = process.cwd();
const log = (line: string) => process.stderr.write(`[first-render] ${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const machines = new MachineCatalog(path.join(root, 'assets', 'machines'));
  const harness = await startHarness({
    rendererDir: path.join(root, 'out', 'renderer'),
    createRuntime: (emit) =>
      createReplayRuntime({ emit, terminal: new TerminalManager({ emit }), machines, transcript: machines.get('win11-healthy'), readOnly: false, shell: null }),
  });
  const blank = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title><p>blank</p>'));
  await new Promise<void>((r) => blank.listen(0, '127.0.0.1', r));
  const blankUrl = `http://127.0.0.1:${(blank.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const app: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const [url, into, isApp] of [
        [blankUrl, base, false],
        [harness.url, app, true],
      ] as const) {
        const context = await browser.newContext({ locale: 'en' });
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'commit' });
        // performance.now() counts from the navigation's start, in the page's own clock.
        // A function, not a string: the app's CSP forbids eval.
        const at = await page.waitForFunction(
          (app: boolean) =>
            (app ? document.querySelector('nav button') !== null && document.querySelector('main h1') !== null : document.readyState === 'complete') ? performance.now() : false,
          isApp,
          { polling: 'raf', timeout: 15_000 },
        );
        into.push(Number(await at.jsonValue()));
        await context.close();
      }
    }
    const appMs = median(app);
    const baseMs = median(base);
    const over = appMs - baseMs;
    log(`app ${app.map((x) => x.toFixed(0)).join(' ')} ms; blank ${base.map((x) => x.toFixed(0)).join(' ')} ms`);
    log(`median: app ${appMs.toFixed(0)} ms, blank ${baseMs.toFixed(0)} ms`);
    console.log(`BENCH first-render ${over.toFixed(0)}ms goal <=${GOAL_MS}ms ${over <= GOAL_MS ? 'PASS' : 'FAIL'}`);
  } finally {
    await browser.close();
    await harness.close();
    blank.close();
  }
}

main().catch((e: unknown) => {
  log(String(e instanceof Error ? (e.stack ?? e.message) : e));
  console.log(`BENCH first-render error goal <=${GOAL_MS}ms FAIL`);
  process.exitCode = 1;
});
