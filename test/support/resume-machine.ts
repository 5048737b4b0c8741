import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { MachineCatalog } from '../../src-main/host/machines';
import { ReplayHost } from '../../src-main/host/replay-host';
import { FileResumeStore, setResumeStore } from '../../src-main/services/resume';
import type { Runtime } from '../../src-main/ipc/runtime';
import { fakeRuntime } from '../main/ipc/fake-runtime';

/** The recorded machines (assets/machines). */
export const machineCatalog = new MachineCatalog(path.resolve(__dirname, '../../assets/machines'));
/** Where the installed app lives on Windows: what RunOnce is told to start after a restart. */
export const INSTALLED_EXE = 'C:\\Program Files\\Go on WSL Setup\\Go on WSL Setup.exe';

/**
 * For tests that restart and resume on a recorded machine: a fresh resume
 * directory per test (registered as beforeEach/afterEach in the calling
 * file), and `machine(id)` that replays the machine strictly with its
 * resume state kept in that directory.
 */
export function useResumeMachines(tmpPrefix: string): {
  dir: () => string;
  machine: (id: string) => { host: ReplayHost; runtime: Runtime };
} {
  let dir = '';
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), tmpPrefix));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  function machine(id: string): { host: ReplayHost; runtime: Runtime } {
    const host = new ReplayHost(machineCatalog.get(id), { readOnly: false, maxReplayMs: 0, strict: true });
    const { runtime } = fakeRuntime(host);
    const withMachine: Runtime = { ...runtime, currentMachine: () => ({ id, title: { en: id, 'zh-CN': id }, description: { en: '', 'zh-CN': '' } }) };
    setResumeStore(withMachine, new FileResumeStore(dir));
    return { host, runtime: withMachine };
  }
  return { dir: () => dir, machine };
}
