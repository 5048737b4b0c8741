import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { test as base } from '@playwright/test';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface RunningHarness {
  url: string;
  stop(): Promise<void>;
  /** What the harness printed so far (stdout and stderr). */
  output?(): string;
}

/** Start the built demo harness (`out/harness/harness.cjs`) on a recorded machine, on a free port. */
export async function startHarness(args: string[], env?: NodeJS.ProcessEnv): Promise<RunningHarness> {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'out', 'harness', 'harness.cjs'), ...args], {
    cwd: ROOT,
    ...(env ? { env } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 15_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`harness exited (${code}):\n${output}`)));
  });
  return {
    url,
    output: () => output,
    // The harness exits within 3 s of SIGTERM by itself (cli.ts); if it does not, kill it
    // and fail with its output rather than hang the test until its timeout.
    stop: () =>
      new Promise<void>((resolve, reject) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`the harness did not exit within 10 s of SIGTERM:\n${output.slice(-4000)}`));
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** A test with `harness` started on the machine named by `machine` (default win11-healthy). */
export const test = base.extend<{ machine: string; harness: RunningHarness }>({
  machine: ['win11-healthy', { option: true }],
  harness: async ({ machine }, use) => {
    const h = await startHarness(['--machine', machine]);
    await use(h);
    await h.stop();
  },
});

export { expect } from '@playwright/test';

export function artifact(name: string): string {
  return path.join(ROOT, 'artifacts', 'e2e', 'screenshots', name);
}
