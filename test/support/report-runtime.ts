import { createReplayRuntime } from '../../src-main/app/replay-runtime';
import { MachineCatalog } from '../../src-main/host/machines';
import type { Runtime } from '../../src-main/ipc/runtime';
import { spyTerminal } from '../main/ipc/fake-runtime';

/**
 * A read-only replay runtime on the default recorded machine, with no shell,
 * whose support reports carry the given log tail (none: no log section):
 * what the tests of main's log and error dialogs build reports from.
 */
export function reportRuntime(logTail?: () => string): Runtime {
  const catalog = new MachineCatalog();
  return createReplayRuntime({
    emit: () => undefined,
    terminal: spyTerminal(),
    machines: null,
    transcript: catalog.get(catalog.defaultId()),
    readOnly: true,
    shell: null,
    ...(logTail ? { logTail } : {}),
  });
}
