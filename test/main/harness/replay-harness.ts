import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createReplayRuntime } from '../../../src-main/app/replay-runtime';
import { startHarness, type Harness } from '../../../src-main/harness/server';
import { MachineCatalog } from '../../../src-main/host/machines';
import type { PtyLaunch } from '../../../src-main/host/types';
import { TerminalManager } from '../../../src-main/terminal';

export interface ReplayHarness {
  readonly harness: Harness;
  /** Closes the harness and removes its (empty) renderer directory. */
  stop(): Promise<void>;
}

/** The harness on the default recorded machine, with an empty renderer directory, for transport tests. */
export async function startReplayHarness(options: { shell: PtyLaunch | null; readOnly: boolean }): Promise<ReplayHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-harness-'));
  const catalog = new MachineCatalog();
  const harness = await startHarness({
    rendererDir: dir,
    createRuntime: (emit) =>
      createReplayRuntime({
        emit,
        terminal: new TerminalManager({ emit }),
        machines: null,
        transcript: catalog.get(catalog.defaultId()),
        readOnly: options.readOnly,
        shell: options.shell,
      }),
  });
  return {
    harness,
    async stop() {
      await harness.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
