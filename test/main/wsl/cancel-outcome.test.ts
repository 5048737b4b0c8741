import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import type { WslActionResult } from '../../../src-shared/contract/wsl';
import { STILL_RUNNING } from '../../../src-main/host/elevation-runner';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import type { CommandSpec, RunOptions, RunResult } from '../../../src-main/host/types';
import { createWslHandlers } from '../../../src-main/ipc/handlers-wsl';
import { FileResumeStore, setResumeStore } from '../../../src-main/services/resume';
import { fakeRuntime } from '../ipc/fake-runtime';

/**
 * Through the IPC handler, as the page gets it: a cancel while an elevated
 * command runs ends as "cancelled" only if the elevated side confirmed its
 * end; an unconfirmed one comes back as the flow's 'failed'
 * (ELEVATED_STILL_RUNNING), not as the task registry's generic CANCELLED.
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));
let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gws-cancel-outcome-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

class CancelDuringElevated extends ReplayHost {
  cancel: () => void = () => undefined;
  constructor(private readonly confirmed: boolean) {
    super(catalog.get('win11-network-web-download'), { readOnly: false, maxReplayMs: 0, strict: true });
  }
  override async run(spec: CommandSpec, options: RunOptions = {}): Promise<RunResult> {
    if (!spec.elevated) return super.run(spec, options);
    this.cancel();
    if (!this.confirmed) throw new ApiError('CONFLICT', 'still running', { reason: STILL_RUNNING, id: spec.id });
    // What the elevation runner returns once the elevated side has ended on the cancel file.
    const r = await super.run(spec, options);
    return { ...r, exitCode: 995, cancelled: true };
  }
}

async function installThroughIpc(confirmed: boolean): Promise<WslActionResult | ApiError> {
  const host = new CancelDuringElevated(confirmed);
  const { runtime } = fakeRuntime(host);
  setResumeStore(runtime, new FileResumeStore(dir));
  host.cancel = () => runtime.tasks.cancel('wsl-install-1');
  const handlers = createWslHandlers(runtime);
  return handlers['wsl.install']({ taskId: 'wsl-install-1' }).catch((e: ApiError) => e);
}

describe('cancel on the Install WSL step, as the page receives it', () => {
  it('confirmed by the elevated side: outcome "cancelled", nothing more run', async () => {
    const r = await installThroughIpc(true);
    expect(r).not.toBeInstanceOf(Error);
    expect((r as WslActionResult).outcome).toBe('cancelled');
    expect((r as WslActionResult).attempts.map((a) => a.kind)).toEqual(['install']);
  });

  it('not confirmed: "failed" with ELEVATED_STILL_RUNNING, never "cancelled"', async () => {
    const r = await installThroughIpc(false);
    expect(r).not.toBeInstanceOf(Error);
    expect((r as WslActionResult).outcome).toBe('failed');
    expect((r as WslActionResult).findings.map((f) => f.id)).toEqual(['ELEVATED_STILL_RUNNING']);
  });
});
