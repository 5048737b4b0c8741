import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness, type RunningHarness } from './harness';
import type { DistroSandbox } from './distro-sandbox';

/** The harness on a recorded Windows machine, with the distro side run for real against a sandbox and loopback endpoints. */
export async function startJourney(machine: string, sandbox: DistroSandbox, endpoints: object, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningHarness> {
  const env = { ...process.env, ...extraEnv, GWS_TEST_ENDPOINTS: JSON.stringify({ ...endpoints, distroEnv: sandbox.env }) };
  return startHarness(['--machine', machine, '--local-distro', sandbox.root], env);
}

/** One Go build cache for every journey of a run (the standard library is compiled once). */
export function sharedGoCache(): string {
  const dir = path.join(os.tmpdir(), 'gws-e2e-gocache');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Counts what the user does in the page itself: every trusted click and key
 * press, wherever the test sends it. Installed before the app loads.
 */
export async function countInteractions(page: Page): Promise<() => Promise<{ clicks: number; keys: number }>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __gws: { clicks: number; keys: number } };
    w.__gws = { clicks: 0, keys: 0 };
    document.addEventListener('click', (e) => e.isTrusted && w.__gws.clicks++, true);
    document.addEventListener('keydown', (e) => e.isTrusted && w.__gws.keys++, true);
  });
  return () => page.evaluate(() => (window as unknown as { __gws: { clicks: number; keys: number } }).__gws);
}
